-- FluentCRM (FluentCRM/fluent-crm, commit 89830c8e5147ad1cd92e0ff0897b505e494e47d2), database/migrations/*.php
-- CREATE TABLE statements as the migrations run them, with the WordPress table prefix wp_

-- database/migrations/Subscribers.php
CREATE TABLE wp_fc_subscribers (
    `id` BIGINT UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `user_id` BIGINT UNSIGNED NULL,
    `hash` VARCHAR(90) NULL,
    `contact_owner` BIGINT UNSIGNED NULL,
    `company_id` BIGINT UNSIGNED NULL,
    `prefix` VARCHAR(192) NULL,
    `first_name` VARCHAR(192) NULL,
    `last_name` VARCHAR(192) NULL,
    `email` VARCHAR(190) NOT NULL UNIQUE,
    `timezone` VARCHAR(192) NULL,
    `address_line_1` VARCHAR(192) NULL,
    `address_line_2` VARCHAR(192) NULL,
    `postal_code` VARCHAR(192) NULL,
    `city` VARCHAR(192) NULL,
    `state` VARCHAR(192) NULL,
    `country` VARCHAR(192) NULL,
    `ip` VARCHAR(40) NULL,
    `latitude` DECIMAL(10, 8) NULL,
    `longitude` DECIMAL(10, 8) NULL,
    `total_points` INT UNSIGNED NOT NULL DEFAULT 0,
    `life_time_value` INT UNSIGNED NOT NULL DEFAULT 0,
    `phone` VARCHAR(50) NULL,
    `status` VARCHAR(50) NOT NULL DEFAULT 'subscribed', -- subscribed, unsubscribed, pending, bounced
    `contact_type` VARCHAR(50) DEFAULT 'lead', -- lead, customer
    `source` VARCHAR(50) NULL,
    `avatar` VARCHAR(192) NULL,
    `date_of_birth` DATE NULL,
    `created_at` TIMESTAMP NULL,
    `last_activity` TIMESTAMP NULL,
    `updated_at` TIMESTAMP NULL,
     INDEX `wp_fc_index__subscriber_user_id_idx` (`user_id` ASC),
     INDEX `wp_fc_index__subscriber_status_idx` (`status` ASC)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- database/migrations/SubscriberMeta.php
CREATE TABLE wp_fc_subscriber_meta (
    `id` BIGINT UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `subscriber_id` BIGINT UNSIGNED NOT NULL,
    `created_by` BIGINT UNSIGNED NOT NULL,
    `object_type` VARCHAR(50) DEFAULT 'option',
    `key` VARCHAR(192) NOT NULL,
    `value` LONGTEXT NULL,
    `created_at` TIMESTAMP NULL,
    `updated_at` TIMESTAMP NULL,
    INDEX `wp_fc_index__s_meta_id_idx` (`subscriber_id` ASC),
    INDEX `wp_fc_index__s_ot_idx` (`object_type` ASC)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- database/migrations/SubscriberPivot.php
CREATE TABLE wp_fc_subscriber_pivot (
    `id` BIGINT UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `subscriber_id` BIGINT UNSIGNED NOT NULL,
    `object_id` BIGINT UNSIGNED NOT NULL, -- list_id or tag_id
    `object_type` VARCHAR(50) NOT NULL, -- list or tag
    `status` VARCHAR(50) NULL,
    `is_public` TINYINT(1) NOT NULL DEFAULT 1,
    `created_at` TIMESTAMP NULL,
    `updated_at` TIMESTAMP NULL,
    INDEX `wp_fc_srp__sp_id_idx` (`subscriber_id` ASC),
    INDEX `wp_fc_srp__sp_o_id_idx` (`object_id` ASC),
    INDEX `wp_fc_srp__sp_t_id_idx` (`object_type` ASC)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- database/migrations/Campaigns.php
CREATE TABLE wp_fc_campaigns (
    `id` BIGINT UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `parent_id` BIGINT UNSIGNED NULL,
    `type` VARCHAR(50) NOT NULL DEFAULT 'campaign',
    `title` VARCHAR(192) NOT NULL,
    `available_urls` TEXT NULL,
    `slug` VARCHAR(192) NOT NULL,
    `status` VARCHAR(50) NOT NULL,
    `template_id` BIGINT(20) UNSIGNED NULL,
    `email_subject` VARCHAR(192),
    `email_pre_header` VARCHAR(192),
    `email_body` LONGTEXT NOT NULL,
    `recipients_count` INT NOT NULL DEFAULT 0,
    `delay` INT(11) NULL DEFAULT 0,
    `utm_status` TINYINT(1) NULL DEFAULT 0,
    `utm_source` VARCHAR(192) NULL,
    `utm_medium` VARCHAR(192) NULL,
    `utm_campaign` VARCHAR(192) NULL,
    `utm_term` VARCHAR(192) NULL,
    `utm_content` VARCHAR(192) NULL,
    `design_template` VARCHAR(192) NULL,
    `scheduled_at` TIMESTAMP NULL,
    `settings` LONGTEXT null,
    `created_by` BIGINT UNSIGNED NULL,
    `created_at` TIMESTAMP NULL,
    `updated_at` TIMESTAMP NULL,
    KEY `type` (`type`),
    KEY `status` (`status`),
    KEY `parent_id` (`parent_id`)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- database/migrations/CampaignEmails.php
CREATE TABLE wp_fc_campaign_emails (
    `id` BIGINT UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `campaign_id` BIGINT UNSIGNED NULL,
    `email_type` VARCHAR(50) NULL DEFAULT 'campaign',
    `subscriber_id` BIGINT UNSIGNED NULL, -- Nullable because ondelete set null
    `email_subject_id` BIGINT UNSIGNED NULL, -- FK subjects.id
    `email_address` VARCHAR(192) NOT NULL,
    `email_subject` VARCHAR(192) NULL,
    `email_body` LONGTEXT NULL,
    `email_headers` TEXT NULL,
    `is_open` TINYINT(1) NOT NULL DEFAULT 0,
    `is_parsed` TINYINT(1) NOT NULL DEFAULT 0,
    `click_counter` INT NULL,
    `status` VARCHAR(50) NOT NULL DEFAULT 'draft', -- sent, scheduled, pending, bounced,failed
    `note` TEXT NULL, -- To keep the failed message
    `scheduled_at` TIMESTAMP NULL, -- for scheduled email (check status)
    `email_hash` VARCHAR(192) NULL,
    `created_at` TIMESTAMP NULL,
    `updated_at` TIMESTAMP NULL,
    INDEX `wp_fc_cam__cid_idx` (`campaign_id` ASC),
    INDEX `wp_fc_cam__sid_idx` (`subscriber_id` ASC),
    INDEX `wp_fc_cam__et_idx` (`email_type` ASC),
    INDEX `wp_fc_cam__estidx` (`status` ASC),
    INDEX `wp_fc_cam__emtidx` (`email_hash` ASC),
    INDEX `wp_fc_cam__scheduled_at` (`scheduled_at`),
    INDEX `wp_fc_cam__updated_at` (`updated_at`),
    INDEX `wp_fc_cam_sc_at_status` (`scheduled_at`, `status`)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- database/migrations/CampaignUrlMetrics.php
CREATE TABLE wp_fc_campaign_url_metrics (
    `id` BIGINT UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `url_id` BIGINT UNSIGNED NULL,
    `campaign_id` BIGINT UNSIGNED NULL,
    `subscriber_id` BIGINT UNSIGNED NULL,
    `type` VARCHAR(50) NULL DEFAULT 'click',  -- view/click
    `ip_address` VARCHAR(30) NULL,
    `country` VARCHAR(40) NULL,
    `city` VARCHAR(40) NULL,
    `counter` INT UNSIGNED NOT NULL DEFAULT 1,
    `created_at` TIMESTAMP NULL,
    `updated_at` TIMESTAMP NULL,
    KEY `url_id` (`url_id`),
    KEY `campaign_id` (`campaign_id`),
    KEY `subscriber_id` (`subscriber_id`),
    KEY `type` (`type`)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- database/migrations/Lists.php
CREATE TABLE wp_fc_lists (
    `id` INT UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `title` VARCHAR(192) NOT NULL,
    `slug` VARCHAR(192) NOT NULL,
    `description` TINYTEXT NULL,
    `is_public` TINYINT(1) DEFAULT 0,
    `created_at` TIMESTAMP NULL,
    `updated_at` TIMESTAMP NULL
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- database/migrations/Tags.php
CREATE TABLE wp_fc_tags (
    `id` INT UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `title` VARCHAR(192) NOT NULL,
    `slug` VARCHAR(192) NOT NULL,
    `description` TINYTEXT NULL,
    `created_at` TIMESTAMP NULL,
    `updated_at` TIMESTAMP NULL
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- database/migrations/Meta.php
CREATE TABLE wp_fc_meta (
    `id` BIGINT UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `object_type` VARCHAR(50) NOT NULL,
    `object_id` BIGINT NULL,
    `key` VARCHAR(192) NOT NULL,
    `value` LONGTEXT NULL,
    `created_at` TIMESTAMP NULL,
    `updated_at` TIMESTAMP NULL,
     INDEX `wp_fc_mt__mt_idx` (`object_type` ASC),
     INDEX `wp_fc_mt__mto_id_idx` (`object_id` ASC),
     INDEX `wp_fc_mt__mto_id_key` (`key` )
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- database/migrations/SubscriberNotes.php
CREATE TABLE wp_fc_subscriber_notes (
    `id` BIGINT UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `subscriber_id` BIGINT UNSIGNED NOT NULL,
    `parent_id` BIGINT UNSIGNED NULL,
    `created_by` BIGINT UNSIGNED NULL,
    `status` VARCHAR(50) DEFAULT 'open',
    `type` VARCHAR(50) DEFAULT 'note',
    `is_private` TINYINT DEFAULT 1,
    `title` VARCHAR(192) NULL,
    `description` LONGTEXT NULL,
    `created_at` TIMESTAMP NULL,
    `updated_at` TIMESTAMP NULL,
    INDEX `wp_fc_sn__s_id_idx` (`subscriber_id` ASC),
    INDEX `wp_fc_sn__s_idx` (`status` ASC),
    KEY `type` (`type`)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- database/migrations/UrlStores.php
CREATE TABLE wp_fc_url_stores (
    `id` BIGINT UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `url` TEXT NOT NULL,
    `short` VARCHAR(50) NOT NULL,
    `created_at` TIMESTAMP NULL,
    `updated_at` TIMESTAMP NULL,
    KEY `short` (`short`)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- database/migrations/Funnels.php
CREATE TABLE wp_fc_funnels (
    `id` BIGINT UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `type` VARCHAR(50) NOT NULL DEFAULT 'funnel',
    `title` VARCHAR(192) NOT NULL,
    `trigger_name` VARCHAR(150) NULL,
    `status` VARCHAR(50) NULL DEFAULT 'draft',
    `conditions` TEXT,
    `settings` TEXT,
    `created_by` BIGINT UNSIGNED NULL,
    `created_at` TIMESTAMP NULL,
    `updated_at` TIMESTAMP NULL,
    INDEX `wp_fc_fn__f_idx` (`status` ASC),
    INDEX `wp_fc_fn__ft_idx` (`trigger_name` ASC),
    KEY `type` (`type`)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- database/migrations/FunnelSequences.php
CREATE TABLE wp_fc_funnel_sequences (
    `id` BIGINT UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `funnel_id` BIGINT UNSIGNED NULL,
    `parent_id` BIGINT UNSIGNED DEFAULT 0,
    `action_name` VARCHAR(192) NULL,
    `condition_type` VARCHAR(192) NULL,
    `type` VARCHAR(50) DEFAULT 'sequence',
    `title` VARCHAR(192) NULL,
    `description` VARCHAR(192) NULL,
    `status` VARCHAR(50) NULL DEFAULT 'draft',
    `conditions` TEXT,
    `settings` TEXT,
    `note` TEXT,
    `delay` INT UNSIGNED NULL,
    `c_delay` INT UNSIGNED NULL,
    `sequence` INT UNSIGNED NULL,
    `created_by` BIGINT UNSIGNED NULL,
    `created_at` TIMESTAMP NULL,
    `updated_at` TIMESTAMP NULL,
    INDEX `wp_fc_fq__fs_idx` (`status` ASC),
    INDEX `wp_fc_fq__fid_idx` (`funnel_id` ASC),
    KEY `c_delay` (`c_delay`),
    KEY `sequence` (`sequence`),
    KEY `action_name` (`action_name`)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- database/migrations/FunnelSubscribers.php
CREATE TABLE wp_fc_funnel_subscribers (
    `id` BIGINT UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `funnel_id` BIGINT UNSIGNED NULL,
    `starting_sequence_id` BIGINT UNSIGNED NULL,
    `next_sequence` BIGINT UNSIGNED NULL,
    `subscriber_id` BIGINT UNSIGNED NULL,
    `last_sequence_id` BIGINT UNSIGNED NULL,
    `next_sequence_id` BIGINT UNSIGNED NULL,
    `last_sequence_status` VARCHAR(50) DEFAULT 'pending',
    `status` VARCHAR(50) DEFAULT 'active',
    `type` VARCHAR(50) DEFAULT 'funnel',
    `last_executed_time` TIMESTAMP NULL,
    `next_execution_time` TIMESTAMP NULL,
    `notes` TEXT NULL,
    `source_trigger_name` VARCHAR(192) NULL,
    `source_ref_id` BIGINT UNSIGNED NULL,
    `created_at` TIMESTAMP NULL,
    `updated_at` TIMESTAMP NULL,
    INDEX `wp_fc_fsx__fidx` (`funnel_id` ASC),
    INDEX `wp_fc_fsx__fsq_idx` (`subscriber_id` ASC),
    KEY `status` (`status`),
    KEY `type` (`type`),
    KEY `next_execution_time` (`next_execution_time`),
    KEY `next_sequence` (`next_sequence`)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- database/migrations/FunnelMetrics.php
CREATE TABLE wp_fc_funnel_metrics (
    `id` BIGINT UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `funnel_id` BIGINT UNSIGNED NULL,
    `sequence_id` BIGINT UNSIGNED NULL,
    `subscriber_id` BIGINT UNSIGNED NULL,
    `benchmark_value` BIGINT UNSIGNED DEFAULT 0,
    `benchmark_currency` VARCHAR(10) DEFAULT 'USD',
    `status` VARCHAR(50) DEFAULT 'completed',
    `notes` TEXT NULL,
    `created_at` TIMESTAMP NULL,
    `updated_at` TIMESTAMP NULL,
    INDEX `wp_fc_fmx__m_idx` (`funnel_id` ASC),
    INDEX `wp_fc_fmx__ms__idx` (`subscriber_id` ASC),
    KEY `sequence_id` (`sequence_id`),
    KEY `status` (`status`)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- database/migrations/Terms.php
CREATE TABLE wp_fc_terms (
    `id` BIGINT UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `parent_id` BIGINT UNSIGNED NULL,
    `taxonomy_name` VARCHAR(50) NOT NULL,
    `slug` VARCHAR(100) NOT NULL,
    `title` TEXT NULL,
    `position` DECIMAL(10,2) DEFAULT 1.00 NOT NULL,
    `description` LONGTEXT NULL,
    `settings` LONGTEXT NULL,
    `created_at` TIMESTAMP NULL,
    `updated_at` TIMESTAMP NULL,
     INDEX `wp_fc_tms__tm_idx` (`taxonomy_name` ASC),
     INDEX `wp_fc_tms__tm_id_slug` (`slug` ASC),
     INDEX `wp_fc_tms__tm_id_pid` (`parent_id` )
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- database/migrations/TermRelations.php
CREATE TABLE wp_fc_term_relations (
    `id` BIGINT UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `term_id` BIGINT UNSIGNED NULL,
    `object_type` VARCHAR(192) NOT NULL,
    `object_id` BIGINT NULL,
    `settings` LONGTEXT NULL,
    `created_at` TIMESTAMP NULL,
    `updated_at` TIMESTAMP NULL,
     INDEX `wp_fc_tmr__tm_idx` (`term_id` ASC),
     INDEX `wp_fc_tmr__tm_id_type` (`object_type` ASC),
     INDEX `wp_fc_tmr__tm_id_idx` (`object_id`)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- database/migrations/CompaniesMigrator.php
CREATE TABLE wp_fc_companies (
    `id` BIGINT UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `hash` VARCHAR(90) NULL,
    `owner_id` BIGINT UNSIGNED NULL,
    `name` VARCHAR(192) NULL,
    `industry` VARCHAR(192) NULL,
    `email` VARCHAR(190) NULL,
    `timezone` VARCHAR(192) NULL,
    `address_line_1` VARCHAR(192) NULL,
    `address_line_2` VARCHAR(192) NULL,
    `postal_code` VARCHAR(192) NULL,
    `city` VARCHAR(192) NULL,
    `state` VARCHAR(192) NULL,
    `country` VARCHAR(192) NULL,
    `employees_number` INT UNSIGNED NULL DEFAULT 0,
    `description` LONGTEXT NULL,
    `phone` VARCHAR(50) NULL,
    `type` VARCHAR(50) DEFAULT '', -- active, archived
    `logo` VARCHAR(192) NULL,
    `website` VARCHAR(192) NULL,
    `linkedin_url` VARCHAR(192) NULL,
    `facebook_url` VARCHAR(192) NULL,
    `twitter_url` VARCHAR(192) NULL,
    `date_of_start` DATE NULL,
    `meta` LONGTEXT NULL,
    `created_at` TIMESTAMP NULL,
    `updated_at` TIMESTAMP NULL,
     INDEX `wp_fc_index__com_owner_id_idx` (`owner_id`),
     INDEX `wp_fc_index__com_industry_idx` (`industry`),
     INDEX `wp_fc_index__com_type_idx` (`type`),
     INDEX `wp_fc_index__com_name_idx` (`name`)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- database/migrations/SubscriberEventTracking.php
CREATE TABLE wp_fc_event_tracking (
    `id` BIGINT UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `subscriber_id` BIGINT UNSIGNED NOT NULL,
    `counter` INT(11) UNSIGNED NULL DEFAULT 1,
    `created_by` BIGINT UNSIGNED NULL,
    `provider` VARCHAR(50) DEFAULT 'custom',
    `event_key` VARCHAR(192) NOT NULL,
    `title` VARCHAR(192) NOT NULL,
    `value` TEXT NULL,
    `created_at` TIMESTAMP NULL,
    `updated_at` TIMESTAMP NULL,
    INDEX `wp_fc_et__s_id_idx` (`subscriber_id`),
    INDEX `wp_fc_et__s_idx` (`event_key`),
    INDEX `wp_fc_et__s_idx_title` (`title`)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- database/migrations/ActivityLogsMigrator.php
CREATE TABLE wp_fc_activity_logs (
    `id` BIGINT UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `object_type` VARCHAR(192) NOT NULL,
    `object_id` BIGINT NULL,
    `action` VARCHAR(192) NOT NULL,
    `source` VARCHAR(50) DEFAULT 'wp_admin',
    `description` TEXT NULL,
    `activity_by` BIGINT UNSIGNED NULL,
    `created_at` TIMESTAMP NULL,
    `updated_at` TIMESTAMP NULL,
    INDEX `wp_fc_al__u_action_idx` (`action`),
    INDEX `wp_fc_al__u_src_idx` (`source`)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- WP ERP 1.17.7 (wp-erp/wp-erp, weDevs) — HR module and the shared people/audit tables, from
-- includes/WeDevsERPInstaller.php create_tables() at commit afecab3d889740a69032d92e8f71ce180840b884 (GPL-2.0-or-later).
-- Statements as upstream, with WordPress's default table prefix `wp_` for {$wpdb->prefix} and
-- $charset_collate written as DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci. Left out: the CRM tables
-- (erp_crm_*) and the accounting tables (erp_acct_*), and WordPress core's wp_users / wp_usermeta.

CREATE TABLE `wp_erp_company_locations` (
    id int(11) unsigned NOT NULL AUTO_INCREMENT,
    company_id int(11) unsigned DEFAULT NULL,
    name varchar(255) DEFAULT NULL,
    address_1 varchar(255) DEFAULT NULL,
    address_2 varchar(255) DEFAULT NULL,
    city varchar(100) DEFAULT NULL,
    state varchar(100) DEFAULT NULL,
    zip int(6) DEFAULT NULL,
    country varchar(5) DEFAULT NULL,
    fax varchar(20) DEFAULT NULL,
    phone varchar(20) DEFAULT NULL,
    created_at datetime NOT NULL,
    updated_at datetime NOT NULL,
    PRIMARY KEY (id),
    KEY company_id (company_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_erp_hr_depts` (
    id int(11) unsigned NOT NULL AUTO_INCREMENT,
    title varchar(200) NOT NULL DEFAULT '',
    `description` text,
    `lead` int(11) unsigned DEFAULT '0',
    parent int(11) unsigned DEFAULT '0',
    `status` tinyint(1) unsigned DEFAULT '1',
    created_at datetime NOT NULL,
    updated_at datetime NOT NULL,
    PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_erp_hr_designations` (
    id int(11) unsigned NOT NULL AUTO_INCREMENT,
    title varchar(200) NOT NULL DEFAULT '',
    `description` text,
    `status` tinyint(1) DEFAULT '1',
    created_at datetime NOT NULL,
    updated_at datetime NOT NULL,
    PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_erp_hr_employees` (
    id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
    `user_id` bigint(20) unsigned NOT NULL DEFAULT '0',
    employee_id varchar(20) DEFAULT NULL,
    designation int(11) unsigned NOT NULL DEFAULT '0',
    department int(11) unsigned NOT NULL DEFAULT '0',
    `location` int(10) unsigned NOT NULL DEFAULT '0',
    hiring_source varchar(20) NOT NULL,
    hiring_date date NOT NULL,
    termination_date date NOT NULL,
    date_of_birth date NOT NULL,
    reporting_to bigint(20) unsigned NOT NULL DEFAULT '0',
    pay_rate decimal(20,2) unsigned NOT NULL DEFAULT '0',
    pay_type varchar(20) NOT NULL DEFAULT '',
    `type` varchar(20) NOT NULL,
    `status` varchar(10) NOT NULL DEFAULT '',
    deleted_at datetime DEFAULT NULL,
    PRIMARY KEY (id),
    KEY user_id (user_id),
    KEY employee_id (employee_id),
    KEY designation (designation),
    KEY department (department),
    KEY `status` (`status`)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_erp_hr_employee_history` (
    `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
    `user_id` bigint(20) unsigned NOT NULL DEFAULT '0',
    `module` varchar(20) DEFAULT NULL,
    `category` varchar(20) DEFAULT NULL,
    `type` varchar(20) DEFAULT NULL,
    `comment` text,
    `data` longtext,
    `date` datetime NOT NULL,
    PRIMARY KEY (`id`),
    KEY `user_id` (`user_id`),
    KEY `module` (`module`)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_erp_hr_employee_notes` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
    `user_id` bigint(20) unsigned NOT NULL DEFAULT '0',
    `comment` text NOT NULL,
    `comment_by` bigint(20) unsigned NOT NULL,
    `created_at` datetime NOT NULL,
    `updated_at` datetime NOT NULL,
    PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE wp_erp_hr_leaves (
    id smallint(6) NOT NULL AUTO_INCREMENT,
    name varchar(150) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
    description text CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
    created_at int(11) DEFAULT NULL,
    updated_at int(11) DEFAULT NULL,
    PRIMARY KEY  (id)
  ) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE wp_erp_hr_leave_policies (
    id int(10) UNSIGNED NOT NULL AUTO_INCREMENT,
    leave_id smallint(5) UNSIGNED NOT NULL,
    `description` text CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
    `days` tinyint(3) UNSIGNED NOT NULL DEFAULT '0',
    color varchar(10) DEFAULT NULL,
    apply_limit tinyint(3) UNSIGNED NOT NULL DEFAULT '0',
    employee_type enum('-1','permanent','parttime','contract','temporary','trainee') NOT NULL DEFAULT 'permanent',
    department_id int(11) NOT NULL DEFAULT '-1',
    location_id int(11) NOT NULL DEFAULT '-1',
    designation_id int(11) NOT NULL DEFAULT '-1',
    gender enum('-1','male','female','other') NOT NULL DEFAULT '-1',
    marital enum('-1','single','married','widowed') NOT NULL DEFAULT '-1',
    f_year smallint(5) UNSIGNED DEFAULT NULL,
    apply_for_new_users tinyint(3) UNSIGNED NOT NULL DEFAULT '0',
    carryover_days tinyint(3) UNSIGNED NOT NULL DEFAULT '0',
    carryover_uses_limit tinyint(3) UNSIGNED NOT NULL DEFAULT '0',
    encashment_days tinyint(3) UNSIGNED NOT NULL DEFAULT '0',
    encashment_based_on enum('pay_rate','basic','gross') DEFAULT NULL,
    forward_default enum('encashment','carryover') NOT NULL DEFAULT 'encashment',
    applicable_from_days smallint(5) UNSIGNED NOT NULL DEFAULT '0',
    accrued_amount decimal(10,2) NOT NULL DEFAULT '0.00',
    accrued_max_days smallint(4) UNSIGNED NOT NULL DEFAULT '0',
    halfday_enable tinyint(3) UNSIGNED NOT NULL DEFAULT '0',
    created_at int(11) DEFAULT NULL,
    updated_at int(11) DEFAULT NULL,
    PRIMARY KEY  (id),
    KEY leave_id (leave_id),
    KEY f_year (f_year)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE wp_erp_hr_leave_policies_segregation (
    id bigint(20) UNSIGNED NOT NULL AUTO_INCREMENT,
    leave_policy_id bigint(20) UNSIGNED NOT NULL,
    jan tinyint(3) UNSIGNED NOT NULL DEFAULT '0',
    feb tinyint(3) UNSIGNED NOT NULL DEFAULT '0',
    mar tinyint(3) UNSIGNED NOT NULL DEFAULT '0',
    apr tinyint(3) UNSIGNED NOT NULL DEFAULT '0',
    may tinyint(3) UNSIGNED NOT NULL DEFAULT '0',
    jun tinyint(3) UNSIGNED NOT NULL DEFAULT '0',
    jul tinyint(3) UNSIGNED NOT NULL DEFAULT '0',
    aug tinyint(3) UNSIGNED NOT NULL DEFAULT '0',
    sep tinyint(3) UNSIGNED NOT NULL DEFAULT '0',
    oct tinyint(3) UNSIGNED NOT NULL DEFAULT '0',
    nov tinyint(3) UNSIGNED NOT NULL DEFAULT '0',
    decem tinyint(3) UNSIGNED NOT NULL DEFAULT '0',
    created_at int(11) DEFAULT NULL,
    updated_at int(11) DEFAULT NULL,
    PRIMARY KEY  (id),
    KEY leave_policy_id (leave_policy_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE wp_erp_hr_leave_entitlements (
    id bigint(20) UNSIGNED NOT NULL AUTO_INCREMENT,
    `user_id` bigint(20) UNSIGNED NOT NULL,
    leave_id smallint(6) UNSIGNED NOT NULL,
    created_by bigint(20) UNSIGNED DEFAULT NULL,
    trn_id bigint(20) UNSIGNED NOT NULL,
    trn_type enum('leave_policies','leave_approval_status','leave_encashment_requests','leave_entitlements','unpaid_leave','leave_encashment', 'leave_carryforward', 'manual_leave_policies', 'Accounts', 'others', 'leave_accrual', 'carry_forward_leave_expired') NOT NULL DEFAULT 'leave_policies',
    day_in decimal(5,1) UNSIGNED NOT NULL DEFAULT '0.0',
    day_out decimal(5,1) UNSIGNED NOT NULL DEFAULT '0.0',
    `description` text CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
    f_year smallint(6) NOT NULL,
    created_at int(11) DEFAULT NULL,
    updated_at int(11) DEFAULT NULL,
    PRIMARY KEY  (id),
    KEY comp_key_1 (`user_id`,leave_id,f_year,trn_type),
    KEY trn_id (trn_id),
    KEY leave_id (leave_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE wp_erp_hr_leave_requests (
    id bigint(20) UNSIGNED NOT NULL AUTO_INCREMENT,
    `user_id` bigint(20) UNSIGNED NOT NULL,
    leave_id smallint(6) UNSIGNED NOT NULL,
    leave_entitlement_id bigint(20) UNSIGNED NOT NULL default '0',
    day_status_id smallint(5) UNSIGNED NOT NULL DEFAULT '1',
    `days` decimal(5,1) UNSIGNED NOT NULL DEFAULT '0.0',
    `start_date` int(11) NOT NULL,
    end_date int(11) NOT NULL,
    reason text CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
    last_status smallint(6) UNSIGNED NOT NULL DEFAULT '2',
    created_by bigint(20) UNSIGNED DEFAULT NULL,
    created_at int(11) DEFAULT NULL,
    updated_at int(11) DEFAULT NULL,
    PRIMARY KEY  (id),
    KEY `user_id` (`user_id`),
    KEY user_leave (`user_id`,leave_id),
    KEY user_entitlement (`user_id`,leave_entitlement_id),
    KEY last_status (last_status),
    KEY leave_entitlement_id (leave_entitlement_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE wp_erp_hr_leave_approval_status (
    id bigint(20) UNSIGNED NOT NULL AUTO_INCREMENT,
    leave_request_id bigint(20) UNSIGNED NOT NULL,
    approval_status_id tinyint(3) UNSIGNED NOT NULL DEFAULT '0',
    approved_by bigint(20) UNSIGNED DEFAULT NULL,
    `message` text CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
    created_at int(11) DEFAULT NULL,
    updated_at int(11) DEFAULT NULL,
    PRIMARY KEY  (id),
    KEY leave_request_id (leave_request_id),
    KEY approval_status_id (approval_status_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE wp_erp_hr_leave_request_details (
    id bigint(20) UNSIGNED NOT NULL AUTO_INCREMENT,
    leave_request_id bigint(20) UNSIGNED NOT NULL,
    leave_approval_status_id bigint(20) UNSIGNED NOT NULL,
    workingday_status tinyint(3) UNSIGNED NOT NULL DEFAULT '1',
    `user_id` bigint(20) UNSIGNED NOT NULL,
    f_year smallint(6) NOT NULL,
    leave_date int(11) NOT NULL,
    created_at int(11) DEFAULT NULL,
    updated_at int(11) DEFAULT NULL,
    PRIMARY KEY  (id),
    KEY leave_request_id (leave_request_id),
    KEY `user_id` (`user_id`),
    KEY user_fyear_leave (`user_id`,f_year,leave_date)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE wp_erp_hr_leave_encashment_requests (
    id bigint(20) UNSIGNED NOT NULL AUTO_INCREMENT,
    `user_id` bigint(20) UNSIGNED NOT NULL,
    leave_id smallint(6) UNSIGNED NOT NULL,
    approved_by bigint(20) UNSIGNED DEFAULT NULL,
    approval_status_id tinyint(3) UNSIGNED NOT NULL DEFAULT '1',
    encash_days decimal(4,1) UNSIGNED NOT NULL DEFAULT '0.0',
    forward_days decimal(4,1) UNSIGNED NOT NULL DEFAULT '0.0',
    amount decimal(20,2) NOT NULL DEFAULT '0.00',
    total decimal(20,2) NOT NULL DEFAULT '0.00',
    f_year smallint(5) UNSIGNED NOT NULL,
    created_at int(11) DEFAULT NULL,
    updated_at int(11) DEFAULT NULL,
    PRIMARY KEY  (id),
    KEY `user_id` (`user_id`),
    KEY leave_id (leave_id),
    KEY f_year (f_year)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE wp_erp_hr_leaves_unpaid (
    id bigint(20) UNSIGNED NOT NULL AUTO_INCREMENT,
    leave_id smallint(6) UNSIGNED NOT NULL,
    leave_request_id bigint(20) UNSIGNED NOT NULL,
    leave_approval_status_id bigint(20) UNSIGNED NOT NULL,
    `user_id` bigint(20) UNSIGNED NOT NULL,
    `days` decimal(4,1) UNSIGNED NOT NULL DEFAULT '0.0',
    amount decimal(20,2) NOT NULL DEFAULT '0.00',
    total decimal(20,2) NOT NULL DEFAULT '0.00',
    f_year smallint(5) UNSIGNED NOT NULL,
    created_at int(11) DEFAULT NULL,
    updated_at int(11) DEFAULT NULL,
    PRIMARY KEY  (id),
    KEY `user_id` (`user_id`),
    KEY leave_id (leave_id),
    KEY f_year (f_year),
    KEY leave_request_id (leave_request_id),
    KEY leave_approval_status_id (leave_approval_status_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE wp_erp_hr_financial_years (
    id int(11) UNSIGNED NOT NULL AUTO_INCREMENT,
    fy_name varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
    `start_date` int(11) DEFAULT NULL,
    end_date int(11) DEFAULT NULL,
    `description` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
    created_by bigint(20) UNSIGNED DEFAULT NULL,
    updated_by bigint(20) UNSIGNED DEFAULT NULL,
    created_at int(11) DEFAULT NULL,
    updated_at int(11) DEFAULT NULL,
    PRIMARY KEY  (id),
    KEY year_search (start_date,end_date),
    KEY start_date (start_date),
    KEY end_date (end_date)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_erp_user_leaves` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
    `user_id` int(11) DEFAULT NULL,
    `request_id` int(11) DEFAULT NULL,
    `title` varchar(255) DEFAULT NULL,
    `date` date DEFAULT NULL,
    `created_at` datetime DEFAULT NULL,
    `updated_at` datetime DEFAULT NULL,
    PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_erp_holidays_indv` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
    `holiday_id` int(11) DEFAULT NULL,
    `title` varchar(255) DEFAULT NULL,
    `date` date DEFAULT NULL,
    `created_at` datetime DEFAULT NULL,
    `updated_at` datetime DEFAULT NULL,
    PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_erp_hr_holiday` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
    `title` varchar(200) NOT NULL,
    `start` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    `end` timestamp NOT NULL DEFAULT '0000-00-00 00:00:00',
    `description` text NOT NULL,
    `range_status` varchar(5) NOT NULL,
    `created_at` datetime NOT NULL,
    `updated_at` datetime NOT NULL,
    PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_erp_hr_work_exp` (
    `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
    `employee_id` int(11) DEFAULT NULL,
    `company_name` varchar(100) DEFAULT NULL,
    `job_title` varchar(100) DEFAULT NULL,
    `from` date DEFAULT NULL,
    `to` date DEFAULT NULL,
    `description` text,
    `created_at` datetime DEFAULT NULL,
    `updated_at` datetime DEFAULT NULL,
    PRIMARY KEY (`id`),
    KEY `employee_id` (`employee_id`)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_erp_hr_education` (
    `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
    `employee_id` int(11) unsigned DEFAULT NULL,
    `school` varchar(100) DEFAULT NULL,
    `degree` varchar(100) DEFAULT NULL,
    `field` varchar(100) DEFAULT NULL,
    `result` varchar(50) DEFAULT NULL,
    `result_type` enum('grade', 'percentage') DEFAULT NULL,
    `finished` int(4) unsigned DEFAULT NULL,
    `notes` text,
    `interest` text,
    `created_at` datetime DEFAULT NULL,
    `updated_at` datetime DEFAULT NULL,
    PRIMARY KEY (`id`),
    KEY `employee_id` (`employee_id`)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_erp_hr_dependents` (
    `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
    `employee_id` int(11) DEFAULT NULL,
    `name` varchar(100) DEFAULT NULL,
    `relation` varchar(100) DEFAULT NULL,
    `dob` date DEFAULT NULL,
    `created_at` datetime DEFAULT NULL,
    `updated_at` datetime DEFAULT NULL,
    PRIMARY KEY (`id`),
    KEY `employee_id` (`employee_id`)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_erp_hr_employee_performance` (
    `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
    `employee_id` int(11) unsigned DEFAULT NULL,
    `reporting_to` int(11) unsigned DEFAULT NULL,
    `job_knowledge` varchar(100) DEFAULT NULL,
    `work_quality` varchar(100) DEFAULT NULL,
    `attendance` varchar(100) DEFAULT NULL,
    `communication` varchar(100) DEFAULT NULL,
    `dependablity` varchar(100) DEFAULT NULL,
    `reviewer` int(11) unsigned DEFAULT NULL,
    `comments` text,
    `completion_date` datetime DEFAULT NULL,
    `goal_description` text,
    `employee_assessment` text,
    `supervisor` int(11) unsigned DEFAULT NULL,
    `supervisor_assessment` text,
    `type` text,
    `performance_date` datetime DEFAULT NULL,
    PRIMARY KEY (`id`),
    KEY `employee_id` (`employee_id`)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_erp_hr_announcement` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
    `user_id` bigint(20) unsigned NOT NULL,
    `post_id` bigint(11) NOT NULL,
    `status` varchar(30) NOT NULL,
    `email_status` varchar(30) NOT NULL,
    PRIMARY KEY (id),
    KEY `user_id` (`user_id`),
    KEY `post_id` (`post_id`),
    KEY `status` (`status`)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_erp_peoples` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
    `user_id` bigint(20) unsigned DEFAULT '0',
    `first_name` varchar(60) DEFAULT NULL,
    `last_name` varchar(60) DEFAULT NULL,
    `company` varchar(60) DEFAULT NULL,
    `email` varchar(100) DEFAULT NULL,
    `phone` varchar(20) DEFAULT NULL,
    `mobile` varchar(20) DEFAULT NULL,
    `other` varchar(50) DEFAULT NULL,
    `website` varchar(100) DEFAULT NULL,
    `fax` varchar(20) DEFAULT NULL,
    `notes` text,
    `street_1` varchar(255) DEFAULT NULL,
    `street_2` varchar(255) DEFAULT NULL,
    `city` varchar(80) DEFAULT NULL,
    `state` varchar(50) DEFAULT NULL,
    `postal_code` varchar(10) DEFAULT NULL,
    `country` varchar(20) DEFAULT NULL,
    `currency` varchar(5) DEFAULT NULL,
    `life_stage` VARCHAR(100) DEFAULT NULL,
    `contact_owner` bigint(20) DEFAULT NULL,
    `hash` VARCHAR(40) DEFAULT NULL,
    `created_by` BIGINT(20) DEFAULT NULL,
    `created` datetime DEFAULT NULL,
    PRIMARY KEY  (`id`),
    KEY `user_id` (`user_id`),
    KEY `first_name` (`first_name`),
    KEY `last_name` (`last_name`),
    KEY `email` (`email`)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_erp_peoplemeta` (
    `meta_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
    `erp_people_id` bigint(20) DEFAULT NULL,
    `meta_key` varchar(255) DEFAULT NULL,
    `meta_value` longtext,
    PRIMARY KEY (`meta_id`),
    KEY `erp_people_id` (`erp_people_id`),
    KEY `meta_key` (`meta_key`(191))
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_erp_people_types` (
    `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
    `name` varchar(20) DEFAULT NULL,
    PRIMARY KEY (`id`),
    UNIQUE KEY `name` (`name`)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_erp_people_type_relations` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
    `people_id` bigint(20) unsigned DEFAULT NULL,
    `people_types_id` int(11) unsigned DEFAULT NULL,
    `deleted_at` datetime DEFAULT NULL,
    PRIMARY KEY (`id`),
    KEY `people_id` (`people_id`),
    KEY `people_types_id` (`people_types_id`)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_erp_audit_log` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
    `component` varchar(50) NOT NULL DEFAULT '',
    `sub_component` varchar(50) NOT NULL DEFAULT '',
    `data_id` bigint(20) DEFAULT NULL,
    `old_value` longtext,
    `new_value` longtext,
    `message` longtext,
    `changetype` varchar(10) DEFAULT NULL,
    `created_by` bigint(20) unsigned DEFAULT NULL,
    `created_at` datetime DEFAULT NULL,
    `updated_at` datetime DEFAULT NULL,
    PRIMARY KEY (`id`),
    KEY `component` (`component`),
    KEY `sub_component` (`sub_component`),
    KEY `changetype` (`changetype`),
    KEY `created_by` (`created_by`)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


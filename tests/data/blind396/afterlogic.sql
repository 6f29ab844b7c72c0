-- AfterLogic WebMail Lite PHP 7.7.9 (AfterLogic Corp.; PHP webmail with contacts and calendar)
-- Upstream: github.com/afterlogic/webmail-lite, commit 99ca488cb286af22581bef99d6795dd3413bf0fc (AGPL-3.0)
-- Source: libraries/afterlogic/common/managers/db/classes/sql.php (CDbSchema: CDbTable / CDbField / CDbKey
-- definitions), rendered as upstream's MySQL helper renders them
-- (libraries/afterlogic/common/db/pdo/mysql_helper.php FieldToString / CDbTable::ToString), empty table prefix,
-- tables in the order of CDbSchemaHelper::getSqlTables(). Enum and constant defaults resolved from
-- libraries/afterlogic/common/{enum.php,constants.php}. Upstream declares no foreign keys.
-- Left out: the seven help-desk tables (ahd_users, ahd_threads, ahd_posts, ahd_reads, ahd_attachments,
-- ahd_online, ahd_fetcher) of the separate AfterLogic Help Desk product, and the DP1 SQL function.

CREATE TABLE `a_users` (
	`id_user` int(11) NOT NULL auto_increment,
	`deleted` tinyint(1) NOT NULL default 0,
	PRIMARY KEY (`id_user`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `awm_accounts` (
	`id_acct` int(11) NOT NULL auto_increment,
	`id_user` int(11) NOT NULL default 0,
	`id_domain` int(11) NOT NULL default 0,
	`id_tenant` int(11) NOT NULL default 0,
	`def_acct` tinyint(1) NOT NULL default 0,
	`deleted` tinyint(1) NOT NULL default 0,
	`quota` int(11) unsigned NOT NULL default 0,
	`email` varchar(255) NOT NULL default '',
	`friendly_nm` varchar(255) default NULL,
	`mail_protocol` tinyint(4) NOT NULL default 1,
	`mail_inc_host` varchar(255) default NULL,
	`mail_inc_port` int(11) NOT NULL default 143,
	`mail_inc_login` varchar(255) default NULL,
	`mail_inc_pass` varchar(255) default NULL,
	`mail_inc_ssl` tinyint(1) NOT NULL default 0,
	`mail_out_host` varchar(255) default NULL,
	`mail_out_port` int(11) NOT NULL default 25,
	`mail_out_login` varchar(255) default NULL,
	`mail_out_pass` varchar(255) default NULL,
	`mail_out_auth` tinyint(4) NOT NULL default 0,
	`mail_out_ssl` tinyint(1) NOT NULL default 0,
	`signature` mediumtext default NULL,
	`signature_type` tinyint(4) NOT NULL default 1,
	`signature_opt` tinyint(4) NOT NULL default 0,
	`mailbox_size` bigint(20) NOT NULL default 0,
	`mailing_list` tinyint(1) NOT NULL default 0,
	`hide_in_gab` tinyint(1) NOT NULL default 0,
	`custom_fields` text,
	`is_password_specified` tinyint(1) NOT NULL default 1,
	`allow_mail` tinyint(1) NOT NULL default 1,
	PRIMARY KEY (`id_acct`),
	INDEX `AWM_ACCOUNTS_ID_USER_INDEX` (`id_user`),
	INDEX `AWM_ACCOUNTS_ID_ACCT_ID_USER_INDEX` (`id_acct`, `id_user`),
	INDEX `AWM_ACCOUNTS_MAIL_INC_LOGIN_INDEX` (`mail_inc_login`),
	INDEX `AWM_ACCOUNTS_EMAIL_INDEX` (`email`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `awm_settings` (
	`id_setting` int(11) NOT NULL auto_increment,
	`id_user` int(11) NOT NULL default 0,
	`id_subscription` int(11) NOT NULL default 0,
	`id_helpdesk_user` int(11) NOT NULL default 0,
	`msgs_per_page` smallint(6) NOT NULL default 20,
	`contacts_per_page` smallint(6) NOT NULL default 20,
	`created_time` datetime default NULL,
	`last_login` datetime default NULL,
	`last_login_now` datetime default NULL,
	`logins_count` int(11) NOT NULL default 0,
	`last_login_ip` varchar(255) default NULL,
	`last_login_ip_now` varchar(255) default NULL,
	`last_login_ua` varchar(255) default NULL,
	`last_login_ua_now` varchar(255) default NULL,
	`auto_checkmail_interval` int(11) NOT NULL default 0,
	`def_skin` varchar(255) NOT NULL default 'Default',
	`def_editor` tinyint(1) NOT NULL default 1,
	`layout` tinyint(4) NOT NULL default 0,
	`save_mail` tinyint(4) NOT NULL default 0,
	`def_timezone` smallint(6) NOT NULL default 0,
	`def_time_fmt` varchar(255) default NULL,
	`def_lang` varchar(255) default NULL,
	`def_date_fmt` varchar(100) NOT NULL default 'MM/DD/YYYY',
	`mailbox_limit` bigint(20) NOT NULL default 0,
	`incoming_charset` varchar(30) NOT NULL default 'iso-8859-1',
	`question_1` varchar(255) default NULL,
	`answer_1` varchar(255) default NULL,
	`question_2` varchar(255) default NULL,
	`answer_2` varchar(255) default NULL,
	`sip_enable` tinyint(1) NOT NULL default 1,
	`sip_impi` varchar(255) NOT NULL default '',
	`sip_password` varchar(255) NOT NULL default '',
	`twilio_number` varchar(255) NOT NULL default '',
	`twilio_enable` tinyint(1) NOT NULL default 1,
	`twilio_default_number` tinyint(1) NOT NULL default 0,
	`files_enable` tinyint(1) NOT NULL default 1,
	`helpdesk_signature` varchar(255) NOT NULL default '',
	`helpdesk_signature_enable` tinyint(1) NOT NULL default 0,
	`use_threads` tinyint(1) NOT NULL default 1,
	`save_replied_messages_to_current_folder` tinyint(1) NOT NULL default 0,
	`compose_plain_text_default` tinyint(1) NOT NULL default 0,
	`desktop_notifications` tinyint(1) NOT NULL default 0,
	`allow_change_input_direction` tinyint(1) NOT NULL default 0,
	`allow_helpdesk_notifications` tinyint(1) NOT NULL default 0,
	`enable_open_pgp` tinyint(1) NOT NULL default 0,
	`allow_autosave_in_drafts` tinyint(1) NOT NULL default 1,
	`autosign_outgoing_emails` tinyint(1) NOT NULL default 0,
	`capa` varchar(255) default NULL,
	`client_timezone` varchar(100) NOT NULL default '',
	`custom_fields` text,
	`email_notification` varchar(255) NOT NULL default '',
	`password_reset_hash` varchar(255) NOT NULL default '',
	PRIMARY KEY (`id_setting`),
	UNIQUE `AWM_SETTINGS_ID_USER_INDEX` (`id_user`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `awm_domains` (
	`id_domain` int(11) NOT NULL auto_increment,
	`id_tenant` int(11) NOT NULL default 0,
	`name` varchar(255) default NULL,
	`url` varchar(255) default NULL,
	`user_quota` int(11) NOT NULL default 0,
	`override_settings` tinyint(1) NOT NULL default 0,
	`mail_protocol` tinyint(4) NOT NULL default 1,
	`mail_inc_host` varchar(255) default NULL,
	`mail_inc_port` int(11) NOT NULL default 143,
	`mail_inc_ssl` tinyint(1) NOT NULL default 0,
	`mail_out_host` varchar(255) default NULL,
	`mail_out_port` int(11) NOT NULL default 25,
	`mail_out_auth` tinyint(4) NOT NULL default 1,
	`mail_out_login` varchar(255) default NULL,
	`mail_out_pass` varchar(255) default NULL,
	`mail_out_ssl` tinyint(1) NOT NULL default 0,
	`mail_out_method` tinyint(4) NOT NULL default 1,
	`quota_mbytes_limit` int(11) unsigned NOT NULL default 0,
	`quota_usage_bytes` bigint UNSIGNED NOT NULL default 0,
	`quota_usage_messages` bigint UNSIGNED NOT NULL default 0,
	`allow_webmail` tinyint(1) NOT NULL default 1,
	`site_name` varchar(255) default NULL,
	`allow_change_interface_settings` tinyint(1) NOT NULL default 0,
	`allow_users_add_acounts` tinyint(1) NOT NULL default 0,
	`allow_change_account_settings` tinyint(1) NOT NULL default 0,
	`allow_new_users_register` tinyint(1) NOT NULL default 1,
	`allow_open_pgp` tinyint(1) NOT NULL default 0,
	`def_user_timezone` int(11) NOT NULL default 0,
	`def_user_timeformat` tinyint(4) NOT NULL default 0,
	`def_user_dateformat` varchar(100) NOT NULL default 'MM/DD/YYYY',
	`msgs_per_page` smallint(6) NOT NULL default 20,
	`skin` varchar(255) default NULL,
	`lang` varchar(255) default NULL,
	`ext_imap_host` varchar(255) NOT NULL default '',
	`ext_smtp_host` varchar(255) NOT NULL default '',
	`ext_dav_host` varchar(255) NOT NULL default '',
	`allow_contacts` tinyint(1) NOT NULL default 1,
	`contacts_per_page` smallint(6) NOT NULL default 20,
	`allow_calendar` tinyint(1) NOT NULL default 1,
	`cal_week_starts_on` tinyint(4) NOT NULL default 0,
	`cal_show_weekends` tinyint(1) NOT NULL default 0,
	`cal_workday_starts` tinyint(4) NOT NULL default 9,
	`cal_workday_ends` tinyint(4) NOT NULL default 18,
	`cal_show_workday` tinyint(1) NOT NULL default 0,
	`cal_default_tab` tinyint(4) NOT NULL default 2,
	`layout` tinyint(4) NOT NULL default 0,
	`xlist` tinyint(1) NOT NULL default 1,
	`global_addr_book` tinyint(4) NOT NULL default 0,
	`check_interval` int(11) NOT NULL default 0,
	`allow_registration` tinyint(1) NOT NULL default 0,
	`allow_pass_reset` tinyint(1) NOT NULL default 0,
	`allow_files` tinyint(1) NOT NULL default 1,
	`allow_helpdesk` tinyint(1) NOT NULL default 1,
	`use_threads` tinyint(1) NOT NULL default 1,
	`is_internal` tinyint(1) NOT NULL default 0,
	`disabled` tinyint(1) NOT NULL default 0,
	`default_tab` varchar(255) NOT NULL default 'mailbox',
	`is_default_for_tenant` tinyint(1) NOT NULL default 0,
	`collaboration` tinyint(1) NOT NULL default 1,
	PRIMARY KEY (`id_domain`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `awm_folders` (
	`id_folder` bigint(20) NOT NULL auto_increment,
	`id_parent` bigint(20) NOT NULL default 0,
	`id_acct` int(11) NOT NULL default 0,
	`type` smallint(6) NOT NULL default 0,
	`name` varchar(255) default NULL,
	`full_path` varchar(255) default NULL,
	`sync_type` tinyint(4) NOT NULL default 0,
	`hide` tinyint(1) NOT NULL default 0,
	`fld_order` smallint(6) NOT NULL default 1,
	`flags` varchar(255) NOT NULL default '',
	PRIMARY KEY (`id_folder`),
	INDEX `AWM_FOLDERS_ID_ACCT_ID_FOLDER_INDEX` (`id_acct`, `id_folder`),
	INDEX `AWM_FOLDERS_ID_ACCT_ID_PARENT_INDEX` (`id_acct`, `id_parent`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `awm_folders_tree` (
	`id` int(11) NOT NULL auto_increment,
	`id_folder` bigint(20) NOT NULL default 0,
	`id_parent` bigint(20) NOT NULL default 0,
	`folder_level` tinyint(4) NOT NULL default 0,
	PRIMARY KEY (`id`),
	INDEX `AWM_FOLDERS_TREE_ID_FOLDER_INDEX` (`id_folder`),
	INDEX `AWM_FOLDERS_TREE_ID_FOLDER_ID_PARENT_INDEX` (`id_folder`, `id_parent`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `awm_filters` (
	`id_filter` int(11) NOT NULL auto_increment,
	`id_acct` int(11) NOT NULL default 0,
	`field` tinyint(4) NOT NULL default 0,
	`condition` tinyint(4) NOT NULL default 0,
	`filter` varchar(255) default NULL,
	`action` tinyint(4) NOT NULL default 0,
	`id_folder` bigint(20) NOT NULL default 0,
	`applied` tinyint(1) NOT NULL default 1,
	PRIMARY KEY (`id_filter`),
	INDEX `AWM_FILTERS_ID_ACCT_ID_FOLDER_INDEX` (`id_acct`, `id_folder`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `awm_messages` (
	`id` bigint(20) NOT NULL auto_increment,
	`id_msg` bigint(20) NOT NULL default 0,
	`id_acct` int(11) NOT NULL default 0,
	`id_folder_srv` bigint(20) NOT NULL default 0,
	`id_folder_db` bigint(20) NOT NULL default 0,
	`str_uid` varchar(255) default NULL,
	`int_uid` bigint(20) NOT NULL default 0,
	`from_msg` varchar(255) default NULL,
	`to_msg` varchar(255) default NULL,
	`cc_msg` varchar(255) default NULL,
	`bcc_msg` varchar(255) default NULL,
	`subject` varchar(255) default NULL,
	`msg_date` datetime default NULL,
	`attachments` tinyint(1) NOT NULL default 0,
	`size` bigint(20) NOT NULL default 0,
	`seen` tinyint(1) NOT NULL default 0,
	`flagged` tinyint(1) NOT NULL default 0,
	`priority` tinyint(4) NOT NULL default 0,
	`downloaded` tinyint(1) NOT NULL default 0,
	`x_spam` tinyint(1) NOT NULL default 0,
	`rtl` tinyint(1) NOT NULL default 0,
	`deleted` tinyint(1) NOT NULL default 0,
	`is_full` tinyint(1) NOT NULL default 1,
	`replied` tinyint(1) default NULL,
	`forwarded` tinyint(1) default NULL,
	`flags` int(11) default NULL,
	`body_text` longtext,
	`grayed` tinyint(1) NOT NULL default 0,
	`charset` int(11) NOT NULL default -1,
	`sensitivity` tinyint(4) NOT NULL default 0,
	PRIMARY KEY (`id`),
	INDEX `AWM_MESSAGES_ID_ACCT_ID_FOLDER_DB_INDEX` (`id_acct`, `id_folder_db`),
	INDEX `AWM_MESSAGES_ID_ACCT_ID_FOLDER_DB_SEEN_INDEX` (`id_acct`, `id_folder_db`, `seen`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `awm_messages_body` (
	`id` bigint(20) NOT NULL auto_increment,
	`id_msg` bigint(20) NOT NULL default 0,
	`id_acct` int(11) NOT NULL default 0,
	`msg` longblob,
	PRIMARY KEY (`id`),
	UNIQUE `AWM_MESSAGES_BODY_ID_ACCT_ID_MSG_INDEX` (`id_acct`, `id_msg`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `awm_reads` (
	`id_read` bigint(20) NOT NULL auto_increment,
	`id_acct` int(11) NOT NULL default 0,
	`str_uid` varchar(255) default NULL,
	`tmp` tinyint(1) NOT NULL default 0,
	PRIMARY KEY (`id_read`),
	INDEX `AWM_READS_ID_ACCT_INDEX` (`id_acct`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `awm_columns` (
	`id` int(11) NOT NULL auto_increment,
	`id_column` int(11) NOT NULL default 0,
	`id_user` int(11) NOT NULL default 0,
	`column_value` int(11) NOT NULL default 0,
	PRIMARY KEY (`id`),
	INDEX `AWM_COLUMNS_ID_USER_INDEX` (`id_user`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `awm_senders` (
	`id` int(11) NOT NULL auto_increment,
	`id_user` int(11) NOT NULL default 0,
	`email` varchar(255) default NULL,
	`safety` tinyint(4) NOT NULL default 0,
	PRIMARY KEY (`id`),
	INDEX `AWM_SENDERS_ID_USER_INDEX` (`id_user`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `awm_mailaliases` (
	`id` int(11) NOT NULL auto_increment,
	`id_acct` int(11) default NULL,
	`alias_name` varchar(255) NOT NULL default '',
	`alias_domain` varchar(255) NOT NULL default '',
	`alias_to` varchar(255) NOT NULL default '',
	PRIMARY KEY (`id`),
	INDEX `AWM_MAILALIASES_ID_ACCT_INDEX` (`id_acct`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `awm_mailforwards` (
	`id` int(11) NOT NULL auto_increment,
	`id_acct` int(11) default NULL,
	`forward_name` varchar(255) NOT NULL default '',
	`forward_domain` varchar(255) NOT NULL default '',
	`forward_to` varchar(255) NOT NULL default '',
	PRIMARY KEY (`id`),
	INDEX `AWM_MAILFORWARDS_ID_ACCT_INDEX` (`id_acct`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `awm_mailinglists` (
	`id` int(11) NOT NULL auto_increment,
	`id_acct` int(11) default NULL,
	`list_name` varchar(255) NOT NULL default '',
	`list_to` varchar(255) NOT NULL default '',
	PRIMARY KEY (`id`),
	INDEX `AWM_MAILINGLISTS_ID_ACCT_INDEX` (`id_acct`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `awm_addr_book` (
	`id_addr` bigint(20) NOT NULL auto_increment,
	`id_user` int(11) NOT NULL default 0,
	`id_domain` int(11) NOT NULL default 0,
	`id_tenant` int(11) NOT NULL default 0,
	`str_id` varchar(255) default NULL,
	`type` tinyint(4) NOT NULL default 0,
	`type_id` varchar(100) NOT NULL default '',
	`deleted` tinyint(1) NOT NULL default 0,
	`date_created` datetime default NULL,
	`date_modified` datetime default NULL,
	`fullname` varchar(255) default NULL,
	`view_email` varchar(255) NOT NULL default '',
	`use_friendly_nm` tinyint(1) NOT NULL default 1,
	`firstname` varchar(100) NOT NULL default '',
	`surname` varchar(100) NOT NULL default '',
	`nickname` varchar(100) NOT NULL default '',
	`skype` varchar(100) NOT NULL default '',
	`facebook` varchar(255) NOT NULL default '',
	`h_email` varchar(255) default NULL,
	`h_street` varchar(255) default NULL,
	`h_city` varchar(200) default NULL,
	`h_state` varchar(200) default NULL,
	`h_zip` varchar(10) default NULL,
	`h_country` varchar(200) default NULL,
	`h_phone` varchar(50) default NULL,
	`h_fax` varchar(50) default NULL,
	`h_mobile` varchar(50) default NULL,
	`h_web` varchar(255) default NULL,
	`b_email` varchar(255) default NULL,
	`b_company` varchar(200) default NULL,
	`b_street` varchar(255) default NULL,
	`b_city` varchar(200) default NULL,
	`b_state` varchar(200) default NULL,
	`b_zip` varchar(10) default NULL,
	`b_country` varchar(200) default NULL,
	`b_job_title` varchar(100) default NULL,
	`b_department` varchar(200) default NULL,
	`b_office` varchar(200) default NULL,
	`b_phone` varchar(50) default NULL,
	`b_fax` varchar(50) default NULL,
	`b_web` varchar(255) default NULL,
	`other_email` varchar(255) default NULL,
	`primary_email` tinyint(4) default NULL,
	`birthday_day` tinyint(4) NOT NULL default 0,
	`birthday_month` tinyint(4) NOT NULL default 0,
	`birthday_year` smallint(6) NOT NULL default 0,
	`id_addr_prev` bigint(20) default NULL,
	`tmp` tinyint(1) NOT NULL default 0,
	`use_frequency` int(11) NOT NULL default 1,
	`auto_create` tinyint(1) NOT NULL default 0,
	`notes` varchar(255) default NULL,
	`etag` varchar(100) NOT NULL default '',
	`shared_to_all` tinyint(1) NOT NULL default 0,
	`hide_in_gab` tinyint(1) NOT NULL default 0,
	PRIMARY KEY (`id_addr`),
	INDEX `AWM_ADDR_BOOK_ID_USER_INDEX` (`id_user`),
	INDEX `AWM_ADDR_BOOK_DELETED_ID_USER_INDEX` (`id_user`, `deleted`),
	INDEX `AWM_ADDR_BOOK_USE_FREQUENCY_INDEX` (`use_frequency`),
	INDEX `AWM_ADDR_BOOK_VIEW_EMAIL_INDEX` (`view_email`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `awm_addr_groups` (
	`id_group` int(11) NOT NULL auto_increment,
	`id_user` int(11) NOT NULL default 0,
	`group_nm` varchar(255) default NULL,
	`group_str_id` varchar(100) default NULL,
	`use_frequency` int(11) NOT NULL default 0,
	`email` varchar(255) default NULL,
	`company` varchar(200) default NULL,
	`street` varchar(255) default NULL,
	`city` varchar(200) default NULL,
	`state` varchar(200) default NULL,
	`zip` varchar(10) default NULL,
	`country` varchar(200) default NULL,
	`phone` varchar(50) default NULL,
	`fax` varchar(50) default NULL,
	`web` varchar(255) default NULL,
	`organization` tinyint(1) NOT NULL default 0,
	PRIMARY KEY (`id_group`),
	INDEX `AWM_ADDR_GROUPS_ID_USER_INDEX` (`id_user`),
	INDEX `AWM_ADDR_GROUPS_USE_FREQUENCY_INDEX` (`use_frequency`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `awm_addr_groups_contacts` (
	`id_addr` bigint(20) NOT NULL default 0,
	`id_group` int(11) NOT NULL default 0
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `awm_addr_groups_events` (
	`id` bigint(20) NOT NULL default 0,
	`id_group` int(11) NOT NULL default 0,
	`id_calendar` varchar(250) default NULL,
	`id_event` varchar(250) default NULL
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `awm_identities` (
	`id_identity` int(11) NOT NULL auto_increment,
	`id_user` int(11) NOT NULL default 0,
	`id_acct` int(11) NOT NULL default 0,
	`def_identity` tinyint(1) NOT NULL default 0,
	`enabled` tinyint(1) NOT NULL default 1,
	`email` varchar(255) NOT NULL default '',
	`friendly_nm` varchar(255) NOT NULL default '',
	`signature` mediumtext default NULL,
	`signature_type` tinyint(4) NOT NULL default 1,
	`use_signature` tinyint(1) NOT NULL default 0,
	PRIMARY KEY (`id_identity`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `awm_tenants` (
	`id_tenant` int(11) NOT NULL auto_increment,
	`id_channel` int(11) NOT NULL default 0,
	`disabled` tinyint(1) NOT NULL default 0,
	`login_enabled` tinyint(1) NOT NULL default 0,
	`login` varchar(255) default NULL,
	`email` varchar(255) default NULL,
	`password` varchar(255) default NULL,
	`description` varchar(255) default NULL,
	`quota` int(11) NOT NULL default 0,
	`files_usage_bytes` bigint UNSIGNED NOT NULL default 0,
	`user_count_limit` int(11) NOT NULL default 0,
	`domain_count_limit` int(11) NOT NULL default 0,
	`capa` varchar(255) NOT NULL default '',
	`allow_change_email` tinyint(1) NOT NULL default 1,
	`allow_change_password` tinyint(1) NOT NULL default 1,
	`expared_timestamp` int(11) unsigned NOT NULL default 0,
	`pay_url` varchar(255) NOT NULL default '',
	`is_trial` tinyint(1) NOT NULL default 0,
	`hd_admin_email_account` varchar(255) NOT NULL default '',
	`hd_client_iframe_url` varchar(255) NOT NULL default '',
	`hd_agent_iframe_url` varchar(255) NOT NULL default '',
	`hd_site_name` varchar(255) NOT NULL default '',
	`hd_style_allow` tinyint(1) NOT NULL default 0,
	`hd_style_image` varchar(255) NOT NULL default '',
	`hd_style_text` text,
	`login_style_image` varchar(255) NOT NULL default '',
	`app_style_image` varchar(255) NOT NULL default '',
	`hd_facebook_allow` tinyint(1) NOT NULL default 0,
	`hd_facebook_id` varchar(255) NOT NULL default '',
	`hd_facebook_secret` varchar(255) NOT NULL default '',
	`hd_google_allow` tinyint(1) NOT NULL default 0,
	`hd_google_id` varchar(255) NOT NULL default '',
	`hd_google_secret` varchar(255) NOT NULL default '',
	`hd_twitter_allow` tinyint(1) NOT NULL default 0,
	`hd_twitter_id` varchar(255) NOT NULL default '',
	`hd_twitter_secret` varchar(255) NOT NULL default '',
	`hd_allow_fetcher` tinyint(1) NOT NULL default 0,
	`hd_fetcher_type` int(11) NOT NULL default 0,
	`hd_fetcher_timer` int(11) NOT NULL default 0,
	`social_facebook_allow` tinyint(1) NOT NULL default 0,
	`social_facebook_id` varchar(255) NOT NULL default '',
	`social_facebook_secret` varchar(255) NOT NULL default '',
	`social_google_allow` tinyint(1) NOT NULL default 0,
	`social_google_id` varchar(255) NOT NULL default '',
	`social_google_secret` varchar(255) NOT NULL default '',
	`social_google_api_key` varchar(255) NOT NULL default '',
	`social_twitter_allow` tinyint(1) NOT NULL default 0,
	`social_twitter_id` varchar(255) NOT NULL default '',
	`social_twitter_secret` varchar(255) NOT NULL default '',
	`social_dropbox_allow` tinyint(1) NOT NULL default 0,
	`social_dropbox_secret` varchar(255) NOT NULL default '',
	`social_dropbox_key` varchar(255) NOT NULL default '',
	`sip_allow` tinyint(1) NOT NULL default 0,
	`sip_allow_configuration` tinyint(1) NOT NULL default 0,
	`sip_realm` varchar(255) NOT NULL default '',
	`sip_websocket_proxy_url` varchar(255) NOT NULL default '',
	`sip_outbound_proxy_url` varchar(255) NOT NULL default '',
	`sip_caller_id` varchar(255) NOT NULL default '',
	`twilio_allow` tinyint(1) NOT NULL default 0,
	`twilio_allow_configuration` tinyint(1) NOT NULL default 0,
	`twilio_phone_number` varchar(255) NOT NULL default '',
	`twilio_account_sid` varchar(255) NOT NULL default '',
	`twilio_auth_token` varchar(255) NOT NULL default '',
	`twilio_app_sid` varchar(255) NOT NULL default '',
	`calendar_notification_email_account` varchar(255) NOT NULL default '',
	`invite_notification_email_account` varchar(255) NOT NULL default '',
	PRIMARY KEY (`id_tenant`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `awm_fetchers` (
	`id_fetcher` int(11) NOT NULL auto_increment,
	`id_acct` int(11) NOT NULL default 0,
	`id_user` int(11) NOT NULL default 0,
	`id_domain` int(11) NOT NULL default 0,
	`id_tenant` int(11) NOT NULL default 0,
	`enabled` tinyint(1) NOT NULL default 1,
	`locked` tinyint(1) NOT NULL default 0,
	`mail_check_interval` int(11) NOT NULL default 0,
	`mail_check_lasttime` int(11) NOT NULL default 0,
	`leave_messages` tinyint(1) NOT NULL default 1,
	`frienly_name` varchar(255) NOT NULL default '',
	`email` varchar(255) NOT NULL default '',
	`signature` mediumtext default NULL,
	`signature_type` tinyint(4) NOT NULL default 1,
	`signature_opt` tinyint(4) NOT NULL default 0,
	`inc_host` varchar(255) NOT NULL default '',
	`inc_port` int(11) NOT NULL default 110,
	`inc_login` varchar(255) NOT NULL default '',
	`inc_password` varchar(255) NOT NULL default '',
	`inc_security` tinyint(4) NOT NULL default 0,
	`out_enabled` tinyint(1) NOT NULL default 1,
	`out_host` varchar(255) NOT NULL default '',
	`out_port` int(11) NOT NULL default 110,
	`out_auth` tinyint(1) NOT NULL default 1,
	`out_security` tinyint(4) NOT NULL default 0,
	`dest_folder` varchar(255) NOT NULL default '',
	PRIMARY KEY (`id_fetcher`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `awm_system_folders` (
	`id` int(11) NOT NULL auto_increment,
	`id_acct` int(11) NOT NULL default 0,
	`id_user` int(11) NOT NULL default 0,
	`folder_full_name` varchar(255) default NULL,
	`system_type` tinyint(4) NOT NULL default 0,
	PRIMARY KEY (`id`),
	INDEX `AWM_SYSTEM_FOLDERS_ID_ACCT_INDEX` (`id_acct`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `awm_channels` (
	`id_channel` int(11) NOT NULL auto_increment,
	`login` varchar(255) default NULL,
	`password` varchar(255) default NULL,
	`description` varchar(255) default NULL,
	PRIMARY KEY (`id_channel`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `awm_folders_order` (
	`id` int(11) NOT NULL auto_increment,
	`id_acct` int(11) NOT NULL default 0,
	`folders_order` text,
	PRIMARY KEY (`id`),
	INDEX `AWM_FOLDERS_ORDER_ID_ACCT_INDEX` (`id_acct`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `awm_min` (
	`hash_id` varchar(32) NOT NULL default '',
	`hash` varchar(20) NOT NULL default '',
	`data` text,
	INDEX `AWM_MIN_HASH_INDEX` (`hash`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `awm_subscriptions` (
	`id_subscription` int(11) NOT NULL auto_increment,
	`id_tenant` int(11) NOT NULL default 0,
	`name` varchar(255) NOT NULL default '',
	`description` varchar(255) NOT NULL default '',
	`capa` varchar(255) NOT NULL default '',
	`limit` int(11) NOT NULL default 0,
	PRIMARY KEY (`id_subscription`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `awm_folders_order_names` (
	`id_acct` int(11) NOT NULL default 0,
	`real_name` varchar(255) NOT NULL default '',
	`order_name` varchar(255) NOT NULL default '',
	INDEX `AWM_FOLDERS_ORDER_NAMES_ID_ACCT_INDEX` (`id_acct`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `awm_social` (
	`id` int(11) NOT NULL auto_increment,
	`id_acct` int(11) NOT NULL default 0,
	`id_social` varchar(255) default NULL,
	`type` int(11) NOT NULL default 0,
	`type_str` varchar(255) default NULL,
	`name` varchar(255) default NULL,
	`email` varchar(255) default NULL,
	`access_token` text,
	`refresh_token` varchar(255) default NULL,
	`scopes` varchar(255) default NULL,
	`disabled` tinyint(1) NOT NULL default 0,
	PRIMARY KEY (`id`),
	INDEX `AWM_SOCIAL_ID_ACCT_INDEX` (`id_acct`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `awm_tenant_socials` (
	`id` int(11) NOT NULL auto_increment,
	`id_tenant` int(11) default NULL,
	`social_allow` tinyint(1) NOT NULL default 0,
	`social_name` varchar(255) default NULL,
	`social_id` varchar(255) default NULL,
	`social_secret` varchar(255) default NULL,
	`social_api_key` varchar(255) default NULL,
	`social_scopes` varchar(255) default NULL,
	PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `awm_account_quotas` (
	`name` varchar(100) NOT NULL default '',
	`quota_usage_messages` bigint UNSIGNED NOT NULL default 0,
	`quota_usage_bytes` bigint UNSIGNED NOT NULL default 0,
	INDEX `AWM_ACCOUNT_QUOTAS_NAME_INDEX` (`name`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `awm_domain_quotas` (
	`name` varchar(100) NOT NULL default '',
	`quota_usage_messages` bigint UNSIGNED NOT NULL default 0,
	`quota_usage_bytes` bigint UNSIGNED NOT NULL default 0,
	INDEX `AWM_DOMAIN_QUOTAS_NAME_INDEX` (`name`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `awm_tenant_quotas` (
	`name` varchar(100) NOT NULL default '',
	`quota_usage_messages` bigint UNSIGNED NOT NULL default 0,
	`quota_usage_bytes` bigint UNSIGNED NOT NULL default 0,
	INDEX `AWM_TENANT_QUOTAS_NAME_INDEX` (`name`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `acal_calendars` (
	`calendar_id` int(11) NOT NULL auto_increment,
	`calendar_str_id` varchar(255) default NULL,
	`user_id` int(11) NOT NULL default 0,
	`calendar_name` varchar(100) NOT NULL default '',
	`calendar_description` text,
	`calendar_color` int(11) NOT NULL default 0,
	`calendar_active` tinyint(1) NOT NULL default 1,
	PRIMARY KEY (`calendar_id`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `acal_events` (
	`event_id` int(11) NOT NULL auto_increment,
	`event_str_id` varchar(255) default NULL,
	`calendar_id` int(11) default NULL,
	`event_timefrom` datetime default NULL,
	`event_timetill` datetime default NULL,
	`event_allday` tinyint(1) NOT NULL default 0,
	`event_name` varchar(100) NOT NULL default '',
	`event_text` text,
	`event_priority` tinyint(4) default NULL,
	`event_repeats` tinyint(1) NOT NULL default 0,
	`event_last_modified` datetime default NULL,
	`event_owner_email` varchar(255) NOT NULL default '',
	`event_appointment_access` tinyint(4) NOT NULL default 0,
	`event_deleted` tinyint(1) NOT NULL default 0,
	PRIMARY KEY (`event_id`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `acal_users_data` (
	`settings_id` int(11) NOT NULL auto_increment,
	`user_id` int(11) NOT NULL default 0,
	`showweekends` tinyint(1) NOT NULL default 0,
	`workdaystarts` tinyint(4) NOT NULL default 9,
	`workdayends` tinyint(4) NOT NULL default 17,
	`showworkday` tinyint(1) NOT NULL default 0,
	`weekstartson` tinyint(4) NOT NULL default 0,
	`defaulttab` tinyint(4) NOT NULL default 2,
	PRIMARY KEY (`settings_id`),
	INDEX `ACAL_USERS_DATA_USER_ID_INDEX` (`user_id`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `acal_publications` (
	`id_publication` int(11) NOT NULL auto_increment,
	`id_user` int(11) default NULL,
	`id_calendar` int(11) default NULL,
	`str_md5` varchar(32) default NULL,
	`int_access_level` tinyint(4) NOT NULL default 1,
	`access_type` tinyint(4) NOT NULL default 0,
	PRIMARY KEY (`id_publication`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `acal_reminders` (
	`id_reminder` int(11) NOT NULL auto_increment,
	`id_event` int(11) default NULL,
	`id_user` int(11) default NULL,
	`notice_type` tinyint(4) NOT NULL default 0,
	`remind_offset` int(11) NOT NULL default 0,
	`sent` int(11) NOT NULL default 0,
	PRIMARY KEY (`id_reminder`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `acal_appointments` (
	`id_appointment` int(11) NOT NULL auto_increment,
	`id_event` int(11) NOT NULL default 0,
	`id_user` int(11) NOT NULL default 0,
	`email` varchar(255) default NULL,
	`access_type` tinyint(4) NOT NULL default 0,
	`status` tinyint(4) NOT NULL default 0,
	`hash` varchar(32) default NULL,
	PRIMARY KEY (`id_appointment`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `acal_eventrepeats` (
	`id_repeat` int(11) NOT NULL auto_increment,
	`id_event` int(11) default NULL,
	`repeat_period` tinyint(1) NOT NULL default 0,
	`repeat_order` tinyint(1) NOT NULL default 1,
	`repeat_num` int(11) NOT NULL default 0,
	`repeat_until` datetime default NULL,
	`sun` tinyint(1) NOT NULL default 0,
	`mon` tinyint(1) NOT NULL default 0,
	`tue` tinyint(1) NOT NULL default 0,
	`wed` tinyint(1) NOT NULL default 0,
	`thu` tinyint(1) NOT NULL default 0,
	`fri` tinyint(1) NOT NULL default 0,
	`sat` tinyint(1) NOT NULL default 0,
	`week_number` tinyint(1) default NULL,
	`repeat_end` tinyint(1) NOT NULL default 0,
	`excluded` tinyint(1) NOT NULL default 0,
	PRIMARY KEY (`id_repeat`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `acal_exclusions` (
	`id_exclusion` int(11) NOT NULL auto_increment,
	`id_event` int(11) default NULL,
	`id_calendar` int(11) default NULL,
	`id_repeat` int(11) default NULL,
	`id_recurrence_date` datetime default NULL,
	`event_timefrom` datetime default NULL,
	`event_timetill` datetime default NULL,
	`event_name` varchar(100) default NULL,
	`event_text` text,
	`event_allday` tinyint(1) NOT NULL default 0,
	`event_last_modified` datetime default NULL,
	`is_deleted` tinyint(1) NOT NULL default 0,
	PRIMARY KEY (`id_exclusion`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `acal_sharing` (
	`id_share` int(11) NOT NULL auto_increment,
	`id_user` int(11) default NULL,
	`id_calendar` int(11) default NULL,
	`id_to_user` int(11) default NULL,
	`str_to_email` varchar(255) NOT NULL default '',
	`int_access_level` tinyint(4) NOT NULL default 2,
	`calendar_active` tinyint(1) NOT NULL default 1,
	PRIMARY KEY (`id_share`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `acal_cron_runs` (
	`id_run` bigint(20) NOT NULL auto_increment,
	`run_date` datetime default NULL,
	`latest_date` datetime default NULL,
	PRIMARY KEY (`id_run`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `acal_awm_fnbl_runs` (
	`id_run` int(11) NOT NULL auto_increment,
	`run_date` datetime default NULL,
	PRIMARY KEY (`id_run`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `adav_addressbooks` (
	`id` int(11) unsigned NOT NULL auto_increment,
	`principaluri` varchar(255) default NULL,
	`displayname` varchar(255) default NULL,
	`uri` varchar(200) default NULL,
	`description` text,
	`ctag` int(11) unsigned NOT NULL default 1,
	PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `adav_calendars` (
	`id` int(11) unsigned NOT NULL auto_increment,
	`principaluri` varchar(255) default NULL,
	`displayname` varchar(100) default NULL,
	`uri` varchar(255) default NULL,
	`ctag` int(11) unsigned NOT NULL default 0,
	`description` text,
	`calendarorder` int(11) unsigned NOT NULL default 0,
	`calendarcolor` varchar(10) default NULL,
	`timezone` text,
	`components` varchar(20) default NULL,
	`transparent` tinyint(1) NOT NULL default 0,
	PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `adav_cache` (
	`id` int(11) NOT NULL auto_increment,
	`user` varchar(255) default NULL,
	`calendaruri` varchar(255) default NULL,
	`type` tinyint(4) default NULL,
	`time` int(11) default NULL,
	`starttime` int(11) default NULL,
	`eventid` varchar(255) default NULL,
	PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `adav_calendarobjects` (
	`id` int(11) unsigned NOT NULL auto_increment,
	`calendardata` mediumtext default NULL,
	`uri` varchar(255) default NULL,
	`calendarid` int(11) unsigned NOT NULL,
	`lastmodified` int(11) default NULL,
	`etag` varchar(32) NOT NULL default '',
	`size` int(11) unsigned NOT NULL default 0,
	`componenttype` varchar(8) NOT NULL default '',
	`firstoccurence` int(11) unsigned default NULL,
	`lastoccurence` int(11) unsigned default NULL,
	PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `adav_cards` (
	`id` int(11) unsigned NOT NULL auto_increment,
	`addressbookid` int(11) unsigned NOT NULL,
	`carddata` mediumtext default NULL,
	`uri` varchar(255) default NULL,
	`lastmodified` int(11) unsigned default NULL,
	PRIMARY KEY (`id`),
	INDEX `ADAV_CARDS_ADDRESSBOOKID_INDEX` (`addressbookid`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `adav_locks` (
	`id` int(11) unsigned NOT NULL auto_increment,
	`owner` varchar(100) default NULL,
	`timeout` int(11) unsigned default NULL,
	`created` int(11) default NULL,
	`token` varchar(100) default NULL,
	`scope` tinyint(4) default NULL,
	`depth` tinyint(4) default NULL,
	`uri` text,
	PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `adav_groupmembers` (
	`id` int(11) unsigned NOT NULL auto_increment,
	`principal_id` int(11) unsigned NOT NULL,
	`member_id` int(11) unsigned NOT NULL,
	PRIMARY KEY (`id`),
	UNIQUE `ADAV_GROUPMEMBERS_MEMBER_ID_PRINCIPAL_ID_INDEX` (`principal_id`, `member_id`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `adav_principals` (
	`id` int(11) unsigned NOT NULL auto_increment,
	`uri` varchar(255) NOT NULL,
	`email` varchar(80) default NULL,
	`vcardurl` varchar(80) default NULL,
	`displayname` varchar(80) default NULL,
	PRIMARY KEY (`id`),
	UNIQUE `ADAV_PRINCIPALS_URI_INDEX` (`uri`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `adav_reminders` (
	`id` int(11) unsigned NOT NULL auto_increment,
	`user` varchar(100) NOT NULL,
	`calendaruri` varchar(255) default NULL,
	`eventid` varchar(255) default NULL,
	`time` int(11) default NULL,
	`starttime` int(11) default NULL,
	`allday` tinyint(1) NOT NULL default 0,
	PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `adav_calendarshares` (
	`id` int(11) unsigned NOT NULL auto_increment,
	`calendarid` int(11) unsigned default NULL,
	`member` int(11) unsigned default NULL,
	`status` tinyint(2) default NULL,
	`readonly` tinyint(1) NOT NULL default 0,
	`summary` varchar(150) default NULL,
	`displayname` varchar(100) default NULL,
	`color` varchar(10) default NULL,
	`principaluri` varchar(255) default NULL,
	PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

CREATE TABLE `twofa_accounts` (
	`id` int(11) NOT NULL auto_increment,
	`account_id` int(11) default NULL,
	`auth_type` varchar(255) NOT NULL default 'authy',
	`data_type` int(11) NOT NULL default 1,
	`data_value` varchar(255) default NULL,
	PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;

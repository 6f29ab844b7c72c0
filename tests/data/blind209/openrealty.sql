-- Open-Realty 3.6.3 — real-estate listing and lead-management CMS for agents and brokerages (listings with their
-- field values, photos, files and virtual tours; agents, members and admins in one user table with field values,
-- photos and files; members' favourites and saved searches; leads (feedback) with their form answers; blog and
-- comments; visitor tracking; activity log; sessions and remember-me tokens)
-- Upstream: gitlab.com/appsbytherealryanbonham/open-realty (MIT), read from its GitHub copy github.com/57roe/open-realty,
-- src/install/versions/install_300.inc.php, commit 2f4058d283e5417ae09550a4852b280c6d5c8e3c (the copy changes only
-- the Dockerfile; base_installer.php sets version 3.6.3).
-- The table and index strings of create_tables() and create_index() evaluated with the installer's default table
-- prefix `default_` and the language `en` (per-language tables are `default_en_*`); the MySQL branch of the two
-- prefix-length indexes kept. Column types are upstream's (CHAR VARYING, INT4, INT2 are MySQL synonyms).
-- Left out: `default_controlpanel` (the ~230-column site configuration row), which MariaDB 10.11 refuses under
-- default settings ("Row size too large").

CREATE TABLE IF NOT EXISTS `default_open-realty_license` ( `license_key` varchar(155) NOT NULL default '', `hash` BLOB );

CREATE TABLE default_addons (
        addons_version CHAR VARYING(15) NOT NULL,
        addons_name CHAR VARYING(150) NOT NULL,
        PRIMARY KEY(addons_name)
      ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE  default_zipdist (
        zipdist_zipcode char(5) NULL,
        zipdist_ziptype char(1) NULL,
        zipdist_cityname CHAR VARYING(64) NULL,
        zipdist_citytype char(1) NULL,
        zipdist_statename CHAR VARYING(64) NULL,
        zipdist_stateabbr char(2) NULL,
        zipdist_areacode char(3) NULL,
        zipdist_latitude decimal(9,6) NULL,
        zipdist_longitude  decimal(9,6) NULL,
        zipdist_id INT4 NOT NULL AUTO_INCREMENT,
        PRIMARY KEY  (zipdist_id)
      ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE default_en_activitylog (
          activitylog_id INT4 NOT NULL AUTO_INCREMENT,
          activitylog_log_date TIMESTAMP NOT NULL,
          userdb_id INT4 NOT NULL,
          activitylog_action TEXT NULL,
          activitylog_ip_address CHAR VARYING(15) NOT NULL,
          PRIMARY KEY(activitylog_id)
        ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE default_en_agentformelements (
          agentformelements_id INT4 NOT NULL AUTO_INCREMENT,
          agentformelements_field_type CHAR VARYING(20) NOT NULL,
          agentformelements_field_name CHAR VARYING(80) NOT NULL,
          agentformelements_field_caption CHAR VARYING(80) NOT NULL,
          agentformelements_default_text TEXT NOT NULL,
          agentformelements_field_elements TEXT NOT NULL,
          agentformelements_rank INT4 NOT NULL,
          agentformelements_required CHAR(3) NOT NULL,
          agentformelements_display_priv INT4 NOT NULL,
          agentformelements_tool_tip TEXT NULL,
          PRIMARY KEY(agentformelements_id)
        ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE default_en_listingsdb (
          listingsdb_id INT4 NOT NULL AUTO_INCREMENT,
          userdb_id INT4 NOT NULL,
          listingsdb_title TEXT NOT NULL,
          listing_seotitle TEXT NULL,
          listingsdb_pclass_id INT4 NOT NULL,
          listingsdb_expiration DATE NOT NULL,
          listingsdb_notes TEXT NOT NULL,
          listingsdb_creation_date DATE NOT NULL,
          listingsdb_last_modified DATETIME NOT NULL,
          listingsdb_hit_count INT4 NOT NULL,
          listingsdb_featured CHAR(3) NOT NULL,
          listingsdb_active CHAR(3) NOT NULL,
          listingsdb_mlsexport CHAR(3) NOT NULL,
          PRIMARY KEY(listingsdb_id)
        ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE default_en_listingsdbelements (
          listingsdbelements_id INT4 NOT NULL AUTO_INCREMENT,
          listingsdbelements_field_name CHAR VARYING(80) NOT NULL,
          listingsdbelements_field_value TEXT NOT NULL,
          listingsdb_id INT4 NOT NULL,
          userdb_id INT4 NOT NULL,
          PRIMARY KEY(listingsdbelements_id)
        ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE default_en_listingsformelements (
          listingsformelements_id INT4 NOT NULL AUTO_INCREMENT,
          listingsformelements_field_type CHAR VARYING(20) NOT NULL,
          listingsformelements_field_name CHAR VARYING(80) NOT NULL,
          listingsformelements_field_caption CHAR VARYING(80) NOT NULL,
          listingsformelements_default_text TEXT NOT NULL,
          listingsformelements_field_elements TEXT NOT NULL,
          listingsformelements_rank INT4 NOT NULL,
          listingsformelements_search_rank INT4 NOT NULL,
          listingsformelements_search_result_rank INT4 NOT NULL,
          listingsformelements_required CHAR(3) NOT NULL,
          listingsformelements_location CHAR VARYING(50) NOT NULL,
          listingsformelements_display_on_browse CHAR(3) NOT NULL,
          listingsformelements_searchable INT4 NOT NULL,
          listingsformelements_search_type CHAR VARYING(50) NULL,
          listingsformelements_search_label CHAR VARYING(50) NULL,
          listingsformelements_search_step CHAR VARYING(25) NULL,
          listingsformelements_display_priv INT4 NOT NULL,
          listingsformelements_field_length INT4 NULL,
          listingsformelements_tool_tip TEXT NULL,
          PRIMARY KEY(listingsformelements_id)
        ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE default_en_listingsimages (
          listingsimages_id INT4 NOT NULL AUTO_INCREMENT,
          userdb_id INT4 NOT NULL,
          listingsimages_caption CHAR VARYING(255) NOT NULL,
          listingsimages_file_name CHAR VARYING(255) NOT NULL,
          listingsimages_thumb_file_name CHAR VARYING(255) NOT NULL,
          listingsimages_description TEXT NOT NULL,
          listingsdb_id INT4 NOT NULL,
          listingsimages_rank INT4 NOT NULL,
          listingsimages_active CHAR(3) NOT NULL,
          PRIMARY KEY(listingsimages_id)
        ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE  default_en_listingsfiles (
          listingsfiles_id INT4 NOT NULL AUTO_INCREMENT,
          userdb_id INT4 NOT NULL,
          listingsfiles_caption CHAR VARYING(255) NOT NULL,
          listingsfiles_file_name CHAR VARYING(255) NOT NULL,
          listingsfiles_description TEXT NOT NULL,
          listingsdb_id INT4 NOT NULL,
          listingsfiles_rank INT4 NOT NULL,
          listingsfiles_active CHAR(3) NOT NULL,
          PRIMARY KEY (listingsfiles_id)
        ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE  default_en_usersfiles (
          usersfiles_id INT4 NOT NULL AUTO_INCREMENT,
          userdb_id INT4 NOT NULL,
          usersfiles_caption CHAR VARYING(255) NOT NULL,
          usersfiles_file_name CHAR VARYING(255) NOT NULL,
          usersfiles_description TEXT NOT NULL,
          usersfiles_rank INT4 NOT NULL,
          usersfiles_active CHAR(3) NOT NULL,
          PRIMARY KEY (usersfiles_id)
      ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE default_en_listingsvtours (
          listingsvtours_id INT4 NOT NULL AUTO_INCREMENT,
          userdb_id INT4 NOT NULL,
          listingsvtours_caption CHAR VARYING(255) NOT NULL,
          listingsvtours_file_name CHAR VARYING(255) NOT NULL,
          listingsvtours_thumb_file_name CHAR VARYING(255) NOT NULL,
          listingsvtours_description TEXT NOT NULL,
          listingsdb_id INT4 NOT NULL,
          listingsvtours_rank INT4 NOT NULL,
          listingsvtours_active CHAR(3) NOT NULL,
          PRIMARY KEY(listingsvtours_id)
        ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE default_en_memberformelements (
          memberformelements_id INT4 NOT NULL AUTO_INCREMENT,
          memberformelements_field_type CHAR VARYING(20) NOT NULL,
          memberformelements_field_name CHAR VARYING(80) NOT NULL,
          memberformelements_field_caption CHAR VARYING(80) NOT NULL,
          memberformelements_default_text TEXT NOT NULL,
          memberformelements_field_elements TEXT NOT NULL,
          memberformelements_rank INT4 NOT NULL,
          memberformelements_required CHAR(3) NOT NULL,
          memberformelements_tool_tip TEXT NULL,
          PRIMARY KEY(memberformelements_id)
        ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE default_en_pagesmain (
          pagesmain_id INT4 NOT NULL AUTO_INCREMENT,
          pagesmain_title TEXT NOT NULL,
          pagesmain_date CHAR VARYING(20) NOT NULL,
          pagesmain_summary CHAR VARYING(255) NOT NULL,
          pagesmain_full LONGTEXT NOT NULL,
          pagesmain_published INT2 NOT NULL,
          pagesmain_description LONGTEXT NOT NULL,
          pagesmain_keywords LONGTEXT NOT NULL,
          pagesmain_full_autosave LONGTEXT NOT NULL,
          page_seotitle TEXT NULL,
          PRIMARY KEY(pagesmain_id)
        ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE default_en_userdb (
          userdb_id INT4 NOT NULL AUTO_INCREMENT,
          userdb_user_name CHAR VARYING(80) NOT NULL,
          userdb_emailaddress CHAR VARYING(80) NOT NULL,
          userdb_user_first_name CHAR VARYING(100) NOT NULL,
          userdb_user_last_name CHAR VARYING(100) NOT NULL,
          userdb_comments TEXT NOT NULL,
          userdb_user_password CHAR VARYING(255) NOT NULL,
          userdb_is_admin CHAR(3) NOT NULL,
          userdb_can_edit_site_config CHAR(3) NOT NULL,
          userdb_can_edit_member_template CHAR(3) NOT NULL,
          userdb_can_edit_agent_template CHAR(3) NOT NULL,
          userdb_can_edit_listing_template CHAR(3) NOT NULL,
          userdb_creation_date DATE NOT NULL,
          userdb_can_feature_listings CHAR(3) NOT NULL,
          userdb_can_view_logs CHAR(3) NOT NULL,
          userdb_last_modified TIMESTAMP NOT NULL,
          userdb_hit_count INT4 NOT NULL,
          userdb_can_moderate CHAR(3) NOT NULL,
          userdb_can_edit_pages CHAR(3) NOT NULL,
          userdb_can_have_vtours CHAR(3) NOT NULL,
          userdb_is_agent CHAR(3) NOT NULL,
          userdb_active CHAR(3) NOT NULL,
          userdb_limit_listings INT4 NOT NULL,
          userdb_can_edit_expiration CHAR VARYING(100) NOT NULL,
          userdb_can_export_listings CHAR VARYING(100) NOT NULL,
          userdb_can_edit_all_users CHAR(3) NOT NULL,
          userdb_can_edit_all_listings CHAR(3) NOT NULL,
          userdb_can_edit_property_classes CHAR(3) NOT NULL,
          userdb_can_have_files CHAR(3) NOT NULL,
          userdb_can_have_user_files CHAR(3) NOT NULL,
          userdb_blog_user_type INT4 NOT NULL DEFAULT 1,
          userdb_can_manage_addons CHAR(3) NOT NULL,
          userdb_rank INT4 NOT NULL,
          userdb_featuredlistinglimit INT4 NOT NULL,
          userdb_email_verified CHAR(3) NOT NULL,
          userdb_can_edit_all_leads CHAR(3) NOT NULL,
          userdb_can_edit_lead_template CHAR(3) NOT NULL,
          userdb_send_notifications_to_floor INT4 NOT NULL default 0,
          userdb_verification_hash CHAR VARYING(32) NULL,
          PRIMARY KEY(userdb_id)
        ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE default_en_userdbelements (
          userdbelements_id INT4 NOT NULL AUTO_INCREMENT,
          userdbelements_field_name CHAR VARYING(80) NOT NULL,
          userdbelements_field_value TEXT NOT NULL,
          userdb_id INT4 NOT NULL,
          PRIMARY KEY(userdbelements_id)
        ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE default_en_userfavoritelistings (
          userfavoritelistings_id INT4 NOT NULL AUTO_INCREMENT,
          userdb_id INT4 NOT NULL,
          listingsdb_id INT4 NOT NULL,
          PRIMARY KEY(userfavoritelistings_id)
        ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE default_en_userimages (
          userimages_id INT4 NOT NULL AUTO_INCREMENT,
          userdb_id INT4 NOT NULL,
          userimages_caption CHAR VARYING(255) NOT NULL,
          userimages_file_name CHAR VARYING(255) NOT NULL,
          userimages_thumb_file_name CHAR VARYING(255) NOT NULL,
          userimages_description TEXT NOT NULL,
          userimages_rank INT4 NOT NULL,
          userimages_active CHAR(3) NOT NULL,
          PRIMARY KEY(userimages_id)
        ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE default_en_usersavedsearches (
          usersavedsearches_id INT4 NOT NULL AUTO_INCREMENT,
          userdb_id INT4 NOT NULL,
          usersavedsearches_title CHAR VARYING(255) NOT NULL,
          usersavedsearches_query_string TEXT NOT NULL,
          usersavedsearches_last_viewed TIMESTAMP NOT NULL,
          usersavedsearches_new_listings INT2 NOT NULL,
          usersavedsearches_notify CHAR VARYING(3) NOT NULL,
          PRIMARY KEY(usersavedsearches_id)
        ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE default_forgot (
          forgot_id INTEGER UNSIGNED NOT NULL AUTO_INCREMENT,
          forgot_rand INTEGER UNSIGNED NOT NULL,
          forgot_email CHAR VARYING(45) NOT NULL,
          forgot_time TIMESTAMP NOT NULL,
          PRIMARY KEY(forgot_id)
        ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE default_classformelements (
                  classformelements_id INT4 NOT NULL AUTO_INCREMENT,
                  class_id INT4 NOT NULL,
                  listingsformelements_id INT4 NOT NULL,
                  PRIMARY KEY(classformelements_id)
                ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE default_en_class (
                  class_id INT4 NOT NULL AUTO_INCREMENT,
                  class_name CHAR VARYING(80) NOT NULL,
                  class_rank INT2 NOT NULL,
                  PRIMARY KEY(class_id)
                ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE default_en_blogmain (
          blogmain_id INT4 NOT NULL AUTO_INCREMENT,
          userdb_id INT4 NOT NULL,
          blogmain_title TEXT NOT NULL,
          blog_seotitle TEXT NULL,
          blogmain_date CHAR VARYING(20) NOT NULL,
          blogmain_full LONGTEXT NOT NULL,
          blogmain_description LONGTEXT NOT NULL,
          blogmain_keywords LONGTEXT NOT NULL,
          blogmain_published INT4 NOT NULL,
          blogmain_full_autosave LONGTEXT NOT NULL,
          PRIMARY KEY(blogmain_id)
        ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE default_en_blogcomments (
          blogcomments_id INT4 NOT NULL AUTO_INCREMENT,
          blogmain_id INT4 NOT NULL,
          userdb_id INT4 NULL,
          blogcomments_timestamp INT4 NOT NULL,
          blogcomments_text LONGTEXT NOT NULL,
          blogcomments_moderated BOOLEAN,
          PRIMARY KEY(blogcomments_id)
        ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE default_blogpingbacks (
          blogpingback_id INT4 NOT NULL AUTO_INCREMENT,
          blogmain_id INT4 NOT NULL,
          blogpingback_timestamp INT4 NOT NULL,
          blogpingback_source CHAR VARYING(2000) NOT NULL,
          blogcomments_moderated BOOLEAN,
          PRIMARY KEY(blogpingback_id)
        ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE default_en_blogcategory (
                  category_id INT4 NOT NULL AUTO_INCREMENT,
                  category_name CHAR VARYING(80) NOT NULL,
                  category_seoname CHAR VARYING(80) NOT NULL,
                  category_description LONGTEXT NULL,
                  category_rank INT2 NOT NULL,
                  parent_id INT4 NULL default 0,
                  PRIMARY KEY(category_id)
                ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE default_blogcategory_relation (
                  relation_id INT4 NOT NULL AUTO_INCREMENT,
                  category_id INT4 NOT NULL,
                  blogmain_id INT4 NOT NULL,
                  PRIMARY KEY(relation_id),
                  INDEX blot_cat_rel (category_id,blogmain_id)
                ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE default_en_blogtags (
                  tag_id INT4 NOT NULL AUTO_INCREMENT,
                  tag_name CHAR VARYING(80) NOT NULL,
                  tag_seoname CHAR VARYING(80) NOT NULL,
                  tag_description LONGTEXT NULL,
                  PRIMARY KEY(tag_id)
                ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE default_blogtag_relation (
                  relation_id INT4 NOT NULL AUTO_INCREMENT,
                  tag_id INT4 NOT NULL,
                  blogmain_id INT4 NOT NULL,
                  PRIMARY KEY(relation_id),
                  INDEX blot_tag_rel (tag_id,blogmain_id)
                ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE default_seouri (
                  `action` varchar(25)  NOT NULL,
                  `slug` varchar(25)  NOT NULL,
                  `uri` varchar(255)  NOT NULL,
                  `seouri_id` INT(4)  NOT NULL AUTO_INCREMENT,
                  PRIMARY KEY (`seouri_id`),
                  INDEX `slug_uidx`(`slug`(5))
                ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE default_en_feedbackdb (
                  `feedbackdb_id` int(11) NOT NULL auto_increment,
                  `userdb_id` int(11) NOT NULL default '0',
                  `feedbackdb_member_userdb_id` int(11) NOT NULL,
                  `feedbackdb_notes` text NOT NULL,
                  `feedbackdb_creation_date` datetime NOT NULL,
                  `feedbackdb_last_modified` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
                  `feedbackdb_last_modified_by` int(11) NOT NULL default '0',
                  `listingdb_id` int(11) default NULL,
                  `feedbackdb_status` tinyint(1) NOT NULL default '0',
                  `feedbackdb_priority` varchar(20) NOT NULL default 'Normal',
                  PRIMARY KEY  (`feedbackdb_id`)
                ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE default_en_feedbackdbelements (
                  `feedbackdbelements_id` int(11) NOT NULL auto_increment,
                  `feedbackdbelements_field_name` varchar(20) NOT NULL default '',
                  `feedbackdbelements_field_value` text NOT NULL,
                  `feedbackdb_id` int(11) NOT NULL default '0',
                  `userdb_id` int(11) NOT NULL default '0',
                  PRIMARY KEY  (`feedbackdbelements_id`)
                ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE default_en_feedbackformelements (
                  `feedbackformelements_id` int(11) NOT NULL auto_increment,
                  `feedbackformelements_field_type` varchar(20) NOT NULL default '',
                  `feedbackformelements_field_name` varchar(20) NOT NULL default '',
                  `feedbackformelements_field_caption` varchar(80) NOT NULL default '',
                  `feedbackformelements_default_text` text NOT NULL,
                  `feedbackformelements_field_elements` text NOT NULL,
                  `feedbackformelements_rank` int(11) NOT NULL default '0',
                  `feedbackformelements_required` char(3) NOT NULL default 'No',
                  `feedbackformelements_location` varchar(15) NOT NULL default '',
                  `feedbackformelements_tool_tip` text NOT NULL,
                  PRIMARY KEY  (`feedbackformelements_id`)
                ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE default_tracking (
                  `tracking_id` int(11) NOT NULL auto_increment,
                  `tracking_timestamp` int(11) NOT NULL,
                  `userdb_id`  int(11) NOT NULL default '0',
                  `tracking_ip` varchar(20) NOT NULL default '',
                  `tracking_referal` varchar(255) NOT NULL default '',
                  `tracking_link_type` varchar(20) NOT NULL default '',
                  `tracking_link_type_id` int(11) NOT NULL default '0',
                  `tracking_link_url` varchar(255) NOT NULL default '',
                  `tracking_agentstring` varchar(255) NOT NULL default '',
                  `tracking_browser` varchar(15) NOT NULL default '',
                  `tracking_browserversion` varchar(5) NOT NULL default '',
                  `tracking_os` varchar(10) NOT NULL default '',
                  `tracking_country` varchar(3) NOT NULL default '',
                  `tracking_city` varchar(255) NOT NULL default '',
                  `tracking_loadtime` int(11) NOT NULL default '0',
                  PRIMARY KEY  (`tracking_id`),
                  INDEX idx_broswer (tracking_os,tracking_browser,tracking_browserversion),
                  INDEX idx_location (tracking_country,tracking_city),
                  INDEX idx_user (userdb_id),
                  INDEX idx_ip (tracking_ip),
                  INDEX idx_timestamp (tracking_timestamp),
                  INDEX idx_loadtime (tracking_loadtime)
                ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE default_en_menu (
                  `menu_id` int(11) NOT NULL auto_increment,
                  `menu_name` varchar(25) NOT NULL default '',
                  PRIMARY KEY  (`menu_id`)
                ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE default_en_menu_items (
                  `item_id` int(11) NOT NULL auto_increment,
                  `parent_id` int(11) NOT NULL default '0',
                  `menu_id`  int(11) NOT NULL default '0',
                  `item_name` varchar(255) NOT NULL default '',
                  `item_order`  int(11) NOT NULL default '0',
                  `item_type`  int(11) NOT NULL default '0',
                  `item_value` varchar(255) NOT NULL default '',
                  `item_target` varchar(255) NOT NULL default '_self',
                  `item_class` varchar(255) NOT NULL default '',
                  `visible_guest`  BOOL NOT NULL default '0',
                  `visible_member`  BOOL NOT NULL default '0',
                  `visible_agent`  BOOL NOT NULL default '0',
                  `visible_admin`  BOOL NOT NULL default '0',
                  PRIMARY KEY  (`item_id`),
                  INDEX idx_menu (menu_id,item_id,parent_id,item_order)
                ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE default_sessions(
                      sesskey VARCHAR( 64 ) NOT NULL DEFAULT '',
	                    expiry DATETIME NOT NULL ,
                      expireref VARCHAR( 250 ) DEFAULT '',
                      created DATETIME NOT NULL ,
                      modified DATETIME NOT NULL ,
                      sessdata LONGTEXT,
                      PRIMARY KEY ( sesskey ) ,
                      INDEX sess_expiry( expiry ),
                      INDEX sess_expireref( expireref )
                    ) CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE default_auth_tokens (
                      token_id INT4 NOT NULL AUTO_INCREMENT,
                      selector CHAR VARYING(255) NOT NULL,
                      validator CHAR VARYING(255) NOT NULL,
                      userdb_id INT4 NOT NULL,
                      expires DATETIME NOT NULL,
                      PRIMARY KEY(token_id)
                    );

CREATE INDEX idx_user_name ON default_en_userdb (userdb_user_name);
CREATE INDEX idx_active ON default_en_listingsdb (listingsdb_active);
CREATE INDEX idx_user ON default_en_listingsdb (userdb_id);
CREATE INDEX idx_name ON default_en_listingsdbelements (listingsdbelements_field_name);
CREATE INDEX idx_value ON default_en_listingsdbelements (listingsdbelements_field_value(255));
CREATE INDEX idx_images_listing_id ON default_en_listingsimages (listingsdb_id);
CREATE INDEX idx_searchable ON default_en_listingsformelements (listingsformelements_searchable);
CREATE INDEX idx_mlsexport ON default_en_listingsdb (listingsdb_mlsexport);
CREATE INDEX idx_listing_id ON default_en_listingsdbelements (listingsdb_id);
CREATE INDEX idx_field_type ON default_en_listingsformelements (listingsformelements_field_type);
CREATE INDEX idx_browse ON default_en_listingsformelements (listingsformelements_display_on_browse);
CREATE INDEX idx_field_name ON default_en_listingsformelements (listingsformelements_field_name);
CREATE INDEX idx_rank ON default_en_listingsformelements (listingsformelements_rank);
CREATE INDEX idx_search_rank ON default_en_listingsformelements (listingsformelements_search_rank);
CREATE INDEX idx_images_rank ON default_en_listingsimages (listingsimages_rank);
CREATE INDEX idx_forgot_email ON default_forgot (forgot_email);
CREATE INDEX idx_classformelements_class_id ON default_classformelements (class_id);
CREATE INDEX idx_classformelements_listingsformelements_id ON default_classformelements (listingsformelements_id);
CREATE INDEX idx_class_rank ON default_en_class (class_rank);
CREATE INDEX idx_user_field_value ON default_en_userdbelements (userdbelements_field_value(255));
CREATE INDEX idx_user_field_name ON default_en_userdbelements (userdbelements_field_name);
CREATE INDEX idx_userdb_userid ON default_en_userdbelements (userdb_id);
CREATE INDEX idx_listfieldmashup  ON default_en_listingsdb (listingsdb_id ,listingsdb_pclass_id,listingsdb_active,userdb_id);
CREATE INDEX idx_fieldmashup  ON default_en_listingsdbelements (listingsdbelements_field_name,listingsdb_id);
CREATE INDEX idx_listingsdb_pclass_id ON default_en_listingsdb (listingsdb_pclass_id);
CREATE INDEX idx_listingsimages_file_name ON default_en_listingsimages(listingsimages_file_name);
CREATE INDEX idx_listingsfiles_file_name ON default_en_listingsfiles(listingsfiles_file_name);
CREATE INDEX idx_listingsvtours_file_name ON default_en_listingsvtours(listingsvtours_file_name);
CREATE INDEX idx_userimages_file_name ON default_en_userimages(userimages_file_name);
CREATE INDEX idx_usersfiles_file_name ON default_en_usersfiles(usersfiles_file_name);

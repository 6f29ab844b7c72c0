-- WP Job Portal 2.5.8 (JoomSky's job-board / recruitment plugin for WordPress, successor of JS Jobs) — tables of
-- wp-job-portal/includes/activation.php in the wordpress.org plugin mirror WordPressBugBounty/plugins-wp-job-portal,
-- commit 3a6b602426ad27408bf46dac76d76523075a901e (GPL-3.0). Statements as upstream, with WordPress's default table
-- prefix `wp_` for wpjobportal::$_db->prefix. Left out: six tables of the bundled "Zywrap" AI prompt library
-- (categories, languages, AI models, wrappers, block templates, use cases); its usage log is kept.

CREATE TABLE IF NOT EXISTS `wp_wj_portal_config` (
                  `configname` varchar(255) NOT NULL DEFAULT '',
                  `configvalue` varchar(255) NOT NULL DEFAULT '',
                  `configfor` varchar(255) DEFAULT NULL,
                  `addon` varchar(255) DEFAULT NULL,
                  PRIMARY KEY (`configname`),
                  FULLTEXT KEY `config_name` (`configname`),
                  FULLTEXT KEY `config_for` (`configfor`)
                ) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `wp_wj_portal_careerlevels` (
              `id` int(11) NOT NULL AUTO_INCREMENT,
              `title` varchar(255) NOT NULL,
              `status` tinyint(4) NOT NULL,
              `isdefault` tinyint(1) DEFAULT NULL,
              `ordering` int(11) DEFAULT NULL,
              `serverid` int(11) DEFAULT '0',
              PRIMARY KEY (`id`)
            ) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=8;

CREATE TABLE IF NOT EXISTS `wp_wj_portal_categories` (
              `id` int(11) NOT NULL AUTO_INCREMENT,
              `cat_value` varchar(255) DEFAULT NULL,
              `cat_title` varchar(255) DEFAULT NULL,
              `alias` varchar(255) NOT NULL,
              `isactive` smallint(1) DEFAULT '1',
              `isdefault` tinyint(1) DEFAULT NULL,
              `ordering` int(11) DEFAULT NULL,
              `parentid` int(11) NOT NULL,
              `serverid` int(11) DEFAULT NULL,
              PRIMARY KEY (`id`)
            ) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=239;

CREATE TABLE IF NOT EXISTS `wp_wj_portal_cities` (
                      `id` mediumint(6) NOT NULL AUTO_INCREMENT,
                      `cityName` varchar(255) DEFAULT NULL,
                      `name` varchar(255) DEFAULT NULL,
                      `localname` varchar(255) DEFAULT NULL,
                      `internationalname` varchar(255) DEFAULT NULL,
                      `stateid` smallint(8) DEFAULT NULL,
                      `countryid` smallint(9) DEFAULT NULL,
                      `isedit` tinyint(1) DEFAULT '0',
                      `enabled` tinyint(1) NOT NULL DEFAULT '0',
                      `serverid` int(11) DEFAULT NULL,
                      `latitude` varchar(255) DEFAULT NULL,
                      `longitude` varchar(255) DEFAULT NULL,
                      PRIMARY KEY (`id`),
                      KEY `countryid` (`countryid`),
                      KEY `stateid` (`stateid`),
                      FULLTEXT KEY `name` (`name`)
                    ) ENGINE=MyISAM  DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `wp_wj_portal_companies` (
                `id` int(11) NOT NULL AUTO_INCREMENT,
                `uid` int(11) DEFAULT NULL,
                `name` varchar(255) NOT NULL DEFAULT '',
                `alias` varchar(255) NOT NULL,
                `url` varchar(255) DEFAULT NULL,
                `logofilename` varchar(255) DEFAULT NULL,
                `logoisfile` tinyint(1) DEFAULT '-1',
                `logo` blob,
                `smalllogofilename` varchar(255) DEFAULT NULL,
                `smalllogoisfile` tinyint(1) DEFAULT '-1',
                `smalllogo` tinyblob,
                `tagline` varchar(255) NOT NULL DEFAULT '',
                `contactemail` varchar(255) NOT NULL DEFAULT '',
                `description` text,
                `city` varchar(255) DEFAULT NULL,
                `address1` varchar(255) DEFAULT NULL,
                `address2` varchar(255) DEFAULT NULL,
                `created` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
                `modified` datetime DEFAULT NULL,
                `hits` int(11) DEFAULT NULL,
                `metadescription` text,
                `metakeywords` text,
                `status` tinyint(1) NOT NULL DEFAULT '0',
                `userpackageid` int(11) DEFAULT NULL,
                `price` int(40) DEFAULT NULL,
                `isgoldcompany` tinyint(1) DEFAULT '0',
                `startgolddate` datetime DEFAULT NULL,
                `endgolddate` datetime NOT NULL,
                `endfeatureddate` datetime NOT NULL,
                `isfeaturedcompany` tinyint(1) DEFAULT '0',
                `startfeatureddate` datetime DEFAULT NULL,
                `params` longtext,
                `serverstatus` varchar(255) DEFAULT NULL,
                `serverid` int(11) DEFAULT '0',
                `facebook_link` varchar(255) DEFAULT NULL,
                `twiter_link` varchar(255) DEFAULT NULL,
                `linkedin_link` varchar(255) DEFAULT NULL,
                `youtube_link` varchar(255) DEFAULT NULL,

                PRIMARY KEY (`id`),
                KEY `companies_uid` (`uid`)
              ) ENGINE=MyISAM AUTO_INCREMENT=1 DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `wp_wj_portal_companycities` (
              `id` int(11) NOT NULL AUTO_INCREMENT,
              `companyid` int(11) NOT NULL,
              `cityid` int(11) NOT NULL,
              `serverid` int(11) DEFAULT NULL,
              PRIMARY KEY (`id`),
              KEY `companyid` (`companyid`)
            ) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE IF NOT EXISTS `wp_wj_portal_countries` (
              `id` smallint(9) NOT NULL AUTO_INCREMENT,
              `name` varchar(255) DEFAULT NULL,
              `localname` varchar(255) DEFAULT NULL,
              `internationalname` varchar(255) DEFAULT NULL,
              `namecode` varchar(255) DEFAULT NULL,
              `shortCountry` varchar(255) DEFAULT NULL,
              `continentID` tinyint(11) DEFAULT NULL,
              `dialCode` smallint(8) DEFAULT NULL,
              `enabled` tinyint(1) NOT NULL DEFAULT '0',
              `serverid` int(11) DEFAULT NULL,
              PRIMARY KEY (`id`),
              FULLTEXT KEY `name` (`name`)
            ) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=215;

CREATE TABLE IF NOT EXISTS `wp_wj_portal_currencies` (
              `id` int(11) NOT NULL AUTO_INCREMENT,
              `title` varchar(255) DEFAULT NULL,
              `symbol` varchar(255) DEFAULT NULL,
              `code` varchar(255) NOT NULL,
              `status` tinyint(1) DEFAULT NULL,
              `default` tinyint(1) DEFAULT NULL,
              `ordering` int(11) DEFAULT NULL,
              `serverid` int(11) DEFAULT NULL,
              `smallestunit` int(11) DEFAULT '100',
              PRIMARY KEY (`id`)
            ) ENGINE=MyISAM AUTO_INCREMENT=5 DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS  `wp_wj_portal_emailtemplates` (
            `id` int(11) NOT NULL AUTO_INCREMENT,
            `uid` int(11) DEFAULT NULL,
            `templatefor` varchar(255) DEFAULT NULL,
            `title` varchar(255) DEFAULT NULL,
            `subject` varchar(255) DEFAULT NULL,
            `body` text,
            `status` tinyint(1) DEFAULT NULL,
            `created` datetime DEFAULT NULL,
            PRIMARY KEY (`id`)
          ) ENGINE=MyISAM AUTO_INCREMENT=27 DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `wp_wj_portal_emailtemplates_config` (
              `id` int(11) NOT NULL AUTO_INCREMENT,
              `emailfor` varchar(255) NOT NULL,
              `admin` tinyint(1) NOT NULL,
              `employer` tinyint(1) NOT NULL,
              `jobseeker` tinyint(1) NOT NULL,
              `jobseeker_visitor` tinyint(1) NOT NULL,
              `employer_visitor` int(11) NOT NULL,
              PRIMARY KEY (`id`)
            ) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=26;

CREATE TABLE IF NOT EXISTS `wp_wj_portal_employer_view_resume` (
              `id` int(11) NOT NULL AUTO_INCREMENT,
              `uid` int(11) NOT NULL,
              `resumeid` int(11) NOT NULL,
              `status` tinyint(1) NOT NULL,
              `userpackageid` int(11) NOT NULL,
              `price` int(40) DEFAULT NULL,
              `created` datetime NOT NULL,
              `profileid` int(11) NOT NULL DEFAULT '0',
              PRIMARY KEY (`id`)
            ) ENGINE=MyISAM AUTO_INCREMENT=11 DEFAULT CHARSET=utf8 COMMENT='latin1_swedish_ci';

CREATE TABLE IF NOT EXISTS `wp_wj_portal_jobseeker_view_company` (
              `id` int(11) NOT NULL AUTO_INCREMENT,
              `uid` int(11) NOT NULL,
              `companyid` int(11) NOT NULL,
              `status` tinyint(1) NOT NULL,
              `userpackageid` int(11) NOT NULL,
              `price` int(40) NOT NULL,
              `created` datetime NOT NULL,
              PRIMARY KEY (`id`)
            ) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `wp_wj_portal_fieldsordering` (
            `id` int(11) NOT NULL AUTO_INCREMENT,
            `field` varchar(255) NOT NULL,
            `fieldtitle` varchar(255) NOT NULL,
            `ordering` int(11) NOT NULL,
            `section` varchar(255) NOT NULL,
            `is_section_headline` tinyint(4) DEFAULT '0',
            `placeholder` varchar(255) DEFAULT NULL,
            `description` varchar(255) DEFAULT NULL,
            `fieldfor` tinyint(2) NOT NULL,
            `published` tinyint(1) NOT NULL,
            `isvisitorpublished` tinyint(1) NOT NULL,
            `sys` tinyint(1) NOT NULL,
            `cannotunpublish` tinyint(1) NOT NULL,
            `required` tinyint(1) NOT NULL,
            `isuserfield` tinyint(1) NOT NULL,
            `userfieldtype` varchar(255) NOT NULL,
            `userfieldparams` text NOT NULL,
            `search_user` tinyint(1) NOT NULL,
            `search_visitor` tinyint(1) NOT NULL,
            `search_ordering` tinyint(4) DEFAULT NULL,
            `cannotsearch` tinyint(1) NOT NULL,
            `showonlisting` tinyint(1) NOT NULL,
            `cannotshowonlisting` tinyint(1) NOT NULL,
            `depandant_field` varchar(255) NOT NULL,
            `readonly` tinyint(4) NOT NULL,
            `size` int(11) NOT NULL,
            `maxlength` int(11) NOT NULL,
            `cols` int(11) NOT NULL,
            `rows` int(11) NOT NULL,
            `j_script` text NOT NULL,
            `visible_field` varchar(255) DEFAULT NULL,
            `visibleparams` text DEFAULT NULL,
            PRIMARY KEY (`id`)
          ) ENGINE=MyISAM AUTO_INCREMENT=430 DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `wp_wj_portal_heighesteducation` (
              `id` int(11) NOT NULL AUTO_INCREMENT,
              `title` varchar(255) NOT NULL DEFAULT '',
              `isactive` tinyint(1) DEFAULT '1',
              `isdefault` tinyint(1) DEFAULT NULL,
              `ordering` int(11) DEFAULT NULL,
              `serverid` int(11) DEFAULT '0',
              PRIMARY KEY (`id`)
            ) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=5;

CREATE TABLE IF NOT EXISTS `wp_wj_portal_jobapply` (
                `id` int(11) NOT NULL AUTO_INCREMENT,
                `jobid` int(11) NOT NULL DEFAULT '0',
                `uid` int(11) NOT NULL DEFAULT '0',
                `cvid` int(11) DEFAULT NULL,
                `apply_date` datetime DEFAULT NULL,
                `resumeview` tinyint(1) NOT NULL DEFAULT '0',
                `comments` varchar(1000) DEFAULT NULL,
                `rating` float NOT NULL,
                `coverletterid` int(11) DEFAULT NULL,
                `action_status` int(11) DEFAULT NULL,
                `serverstatus` varchar(255) DEFAULT NULL,
                `serverid` int(11) DEFAULT NULL,
                `socialapplied` tinyint(1) NOT NULL,
                `socialprofileid` int(11) NOT NULL,
                `status` int(11) DEFAULT NULL,
                `price` int(11) DEFAULT NULL,
                `userpackageid` int(20) DEFAULT NULL,
                `quick_apply` tinyint(1) NULL DEFAULT '0',
                `apply_message` text NULL,
                PRIMARY KEY (`id`),
                KEY `jobapply_uid` (`uid`),
                KEY `jobapply_jobid` (`jobid`),
                KEY `jobapply_cvid` (`cvid`)
              ) ENGINE=MyISAM AUTO_INCREMENT=5 DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `wp_wj_portal_jobcities` (
              `id` int(11) NOT NULL AUTO_INCREMENT,
              `jobid` int(11) NOT NULL,
              `cityid` int(11) NOT NULL,
              `serverid` int(11) DEFAULT NULL,
              PRIMARY KEY (`id`),
              KEY `jobid` (`jobid`),
              KEY `cityid` (`cityid`)
            ) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE IF NOT EXISTS `wp_wj_portal_jobs` (
              `id` int(11) NOT NULL AUTO_INCREMENT,
              `uid` int(11) NOT NULL,
              `companyid` int(11) DEFAULT NULL,
              `title` varchar(255) NOT NULL DEFAULT '',
              `alias` varchar(255) NOT NULL,
              `jobcategory` varchar(255) NOT NULL DEFAULT '',
              `jobtype` tinyint(1) UNSIGNED DEFAULT '0',
              `jobstatus` tinyint(3) NOT NULL DEFAULT '1',
              `hidesalaryrange` tinyint(1) DEFAULT '1',
              `description` text,
              `qualifications` text,
              `prefferdskills` text,
              `applyinfo` text,
              `company` varchar(255) NOT NULL DEFAULT '',
              `city` varchar(255) DEFAULT '',
              `zipcode` varchar(255) DEFAULT '',
              `address1` varchar(255) DEFAULT '',
              `address2` varchar(255) DEFAULT '',
              `companyurl` varchar(255) DEFAULT '',
              `contactname` varchar(255) DEFAULT '',
              `contactphone` varchar(255) DEFAULT '',
              `contactemail` varchar(255) DEFAULT '',
              `showcontact` tinyint(1) UNSIGNED DEFAULT '0',
              `noofjobs` int(11) UNSIGNED NOT NULL DEFAULT '1',
              `reference` varchar(255) NOT NULL DEFAULT '',
              `duration` varchar(255) NOT NULL DEFAULT '',
              `heighestfinisheducation` varchar(255) DEFAULT '',
              `created` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
              `created_by` int(11) UNSIGNED NOT NULL DEFAULT '0',
              `modified` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
              `modified_by` int(11) UNSIGNED NOT NULL DEFAULT '0',
              `hits` int(11) UNSIGNED NOT NULL DEFAULT '0',
              `experience` int(11) DEFAULT '0',
              `startpublishing` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
              `stoppublishing` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
              `departmentid` varchar(255) DEFAULT NULL,
              `sendemail` tinyint(1) NOT NULL DEFAULT '0',
              `metadescription` text,
              `metakeywords` text,
              `ordering` tinyint(3) NOT NULL DEFAULT '0',
              `aboutjobfile` varchar(255) DEFAULT NULL,
              `status` int(11) DEFAULT '1',
              `educationid` int(11) DEFAULT NULL,
              `degreetitle` varchar(255) DEFAULT NULL,
              `careerlevel` int(11) DEFAULT NULL,
              `map` varchar(1000) DEFAULT NULL,
              `subcategoryid` int(11) DEFAULT NULL,
              `currency` varchar(255) DEFAULT '',
              `jobid` varchar(255) DEFAULT '',
              `longitude` varchar(1000) DEFAULT NULL,
              `latitude` varchar(1000) DEFAULT NULL,
              `isgoldjob` tinyint(1) DEFAULT '0',
              `startgolddate` datetime NOT NULL,
              `endgolddate` datetime NOT NULL,
              `startfeatureddate` datetime NOT NULL,
              `endfeatureddate` datetime NOT NULL,
              `isfeaturedjob` tinyint(1) DEFAULT '0',
              `raf_gender` tinyint(1) DEFAULT NULL,
              `raf_degreelevel` tinyint(1) DEFAULT NULL,
              `raf_experience` tinyint(1) DEFAULT NULL,
              `raf_age` tinyint(1) DEFAULT NULL,
              `raf_education` tinyint(1) DEFAULT NULL,
              `raf_category` tinyint(1) DEFAULT NULL,
              `raf_subcategory` tinyint(1) DEFAULT NULL,
              `raf_location` tinyint(1) DEFAULT NULL,
              `jobapplylink` tinyint(1) NOT NULL,
              `joblink` varchar(255) NOT NULL,
              `params` longtext NOT NULL,
              `serverstatus` varchar(255) DEFAULT NULL,
              `serverid` int(11) DEFAULT '0',
              `tags` varchar(255) NOT NULL,
              `salarytype` int(11) DEFAULT NULL,
              `salarymin` float DEFAULT NULL,
              `salarymax` float DEFAULT NULL,
              `salaryduration` int(11) DEFAULT NULL,
              `userpackageid` int(11) DEFAULT NULL,
              `price` int(20) DEFAULT NULL,
              `aijobsearchtext` MEDIUMTEXT NULL,
              `aijobsearchdescription` MEDIUMTEXT NULL,
              `workplace_type` tinyint(1) DEFAULT '0',
              `is_urgent` tinyint(1) DEFAULT '0',
              PRIMARY KEY (`id`),
              KEY `jobcategory` (`jobcategory`),
              KEY `jobs_companyid` (`companyid`),
              FULLTEXT KEY `aijobsearchtext` (`aijobsearchtext`),
              FULLTEXT KEY `aijobsearchdescription` (`aijobsearchdescription`)
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `wp_wj_portal_jobstatus` (
              `id` int(11) NOT NULL AUTO_INCREMENT,
              `title` varchar(255) NOT NULL DEFAULT '',
              `isactive` tinyint(1) DEFAULT '1',
              `isdefault` tinyint(1) DEFAULT NULL,
              `ordering` int(11) DEFAULT NULL,
              `serverid` int(11) DEFAULT NULL,
              PRIMARY KEY (`id`)
            ) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=7;

CREATE TABLE IF NOT EXISTS `wp_wj_portal_jobtypes` (
              `id` int(11) NOT NULL AUTO_INCREMENT,
              `title` varchar(255) NOT NULL DEFAULT '',
              `color` varchar(255) DEFAULT NULL,
              `isactive` tinyint(1) DEFAULT '1',
              `isdefault` tinyint(1) DEFAULT NULL,
              `ordering` int(11) DEFAULT NULL,
              `status` tinyint(1) DEFAULT NULL,
              `serverid` int(11) DEFAULT NULL,
              `alias` varchar(300) DEFAULT NULL,
              PRIMARY KEY (`id`)
            ) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=4;

CREATE TABLE IF NOT EXISTS `wp_wj_portal_resume` (
              `id` int(11) NOT NULL AUTO_INCREMENT,
              `uid` int(11) DEFAULT NULL,
              `created` datetime NOT NULL,
              `last_modified` datetime DEFAULT NULL,
              `published` tinyint(1) DEFAULT NULL,
              `hits` int(11) DEFAULT NULL,
              `application_title` varchar(255) NOT NULL,
              `salaryfixed` varchar(255) NOT NULL,
              `keywords` varchar(255) DEFAULT NULL,
              `alias` varchar(255) NOT NULL,
              `first_name` varchar(255) NOT NULL,
              `last_name` varchar(255) NOT NULL,
              `gender` varchar(255) DEFAULT NULL,
              `email_address` varchar(255) DEFAULT NULL,
              `cell` varchar(255) DEFAULT NULL,
              `nationality` varchar(255) DEFAULT NULL,
              `searchable` tinyint(1) DEFAULT '1',
              `photo` varchar(255) DEFAULT NULL,
              `job_category` int(11) DEFAULT NULL,
              `jobtype` int(11) DEFAULT NULL,
              `status` int(11) NOT NULL,
              `resume` text,
              `skills` text,
              `isgoldresume` tinyint(1) DEFAULT NULL,
              `startgolddate` datetime NOT NULL,
              `startfeatureddate` datetime NOT NULL,
              `endgolddate` datetime NOT NULL,
              `endfeatureddate` datetime NOT NULL,
              `isfeaturedresume` tinyint(1) DEFAULT NULL,
              `serverstatus` varchar(255) DEFAULT NULL,
              `serverid` int(11) DEFAULT NULL,
              `tags` varchar(500) NOT NULL,
              `params` longtext,
              `userpackageid` int(11) DEFAULT NULL,
              `price` int(20) DEFAULT NULL,
              `quick_apply` tinyint(1) NULL DEFAULT '0',
              `airesumesearchtext` MEDIUMTEXT NULL,
              `airesumesearchdescription` MEDIUMTEXT NULL,
              PRIMARY KEY (`id`),
              FULLTEXT KEY `airesumesearchtext` (`airesumesearchtext`),
              FULLTEXT KEY `airesumesearchdescription` (`airesumesearchdescription`)
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS  `wp_wj_portal_resumeaddresses` (
                `id` int(11) NOT NULL AUTO_INCREMENT,
                `resumeid` int(11) NOT NULL,
                `address` text,
                `address_city` varchar(255) DEFAULT NULL,
                `longitude` varchar(255) NOT NULL,
                `latitude` varchar(255) NOT NULL,
                `created` datetime NOT NULL,
                `last_modified` datetime NOT NULL,
                `params` longtext NOT NULL,
                `serverstatus` varchar(255) DEFAULT NULL,
                `serverid` int(11) DEFAULT NULL,
                PRIMARY KEY (`id`)
              ) ENGINE=MyISAM AUTO_INCREMENT=1 DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `wp_wj_portal_resumeemployers` (
              `id` int(11) NOT NULL AUTO_INCREMENT,
              `resumeid` int(11) NOT NULL,
              `employer` varchar(255) DEFAULT NULL,
              `employer_from_date` varchar(255) DEFAULT NULL,
              `employer_to_date` varchar(255) DEFAULT NULL,
              `employer_current_status` int(11) NOT NULL,
              `employer_city` varchar(255) DEFAULT NULL,
              `employer_position` varchar(255) DEFAULT NULL,
              `employer_phone` varchar(255) DEFAULT NULL,
              `employer_address` varchar(255) DEFAULT NULL,
              `created` datetime NOT NULL,
              `last_modified` datetime NOT NULL,
              `params` longtext NOT NULL,
              `serverstatus` varchar(255) DEFAULT NULL,
              `serverid` int(11) DEFAULT NULL,
              PRIMARY KEY (`id`)
            ) ENGINE=MyISAM AUTO_INCREMENT=1 DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `wp_wj_portal_resumefiles` (
            `id` int(11) NOT NULL AUTO_INCREMENT,
            `resumeid` int(11) NOT NULL,
            `filename` varchar(300) DEFAULT NULL,
            `filetype` varchar(255) DEFAULT NULL,
            `filesize` int(11) DEFAULT NULL,
            `created` datetime NOT NULL,
            `last_modified` datetime NOT NULL,
            `serverstatus` varchar(255) DEFAULT NULL,
            `serverid` int(11) DEFAULT NULL,
            PRIMARY KEY (`id`)
          ) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE IF NOT EXISTS `wp_wj_portal_resumeinstitutes` (
            `id` int(11) NOT NULL AUTO_INCREMENT,
            `resumeid` int(11) NOT NULL,
            `institute` varchar(255) DEFAULT NULL,
            `institute_certificate_name` varchar(255) DEFAULT NULL,
            `institute_study_area` text,
            `created` datetime NOT NULL,
            `last_modified` datetime NOT NULL,
            `serverstatus` varchar(255) DEFAULT NULL,
            `serverid` int(11) DEFAULT NULL,
            `fromdate` varchar(255) DEFAULT NULL,
            `todate` varchar(255) DEFAULT NULL,
            `params` longtext NOT NULL,
            PRIMARY KEY (`id`)
          ) ENGINE=MyISAM AUTO_INCREMENT=1 DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `wp_wj_portal_resumelanguages` (
          `id` int(11) NOT NULL AUTO_INCREMENT,
          `resumeid` int(11) NOT NULL,
          `language` varchar(255) DEFAULT NULL,
          `created` datetime NOT NULL,
          `last_modified` datetime NOT NULL,
          `params` longtext NOT NULL,
          `serverstatus` varchar(255) DEFAULT NULL,
          `serverid` int(11) DEFAULT NULL,
          PRIMARY KEY (`id`)
        ) ENGINE=MyISAM AUTO_INCREMENT=1 DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `wp_wj_portal_salaryrangetypes` (
              `id` int(11) NOT NULL AUTO_INCREMENT,
              `title` varchar(255) NOT NULL,
              `status` tinyint(4) NOT NULL,
              `isdefault` tinyint(1) DEFAULT NULL,
              `ordering` int(11) DEFAULT NULL,
              `serverid` int(11) DEFAULT NULL,
              PRIMARY KEY (`id`)
            ) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=5;

CREATE TABLE IF NOT EXISTS `wp_wj_portal_states` (
              `id` smallint(8) NOT NULL AUTO_INCREMENT,
              `name` varchar(255) DEFAULT NULL,
              `localname` varchar(255) DEFAULT NULL,
              `internationalname` varchar(255) DEFAULT NULL,
              `shortRegion` varchar(255) DEFAULT NULL,
              `countryid` smallint(9) DEFAULT NULL,
              `enabled` tinyint(1) NOT NULL DEFAULT '0',
              `serverid` int(11) DEFAULT NULL,
              PRIMARY KEY (`id`),
              KEY `countryid` (`countryid`),
              FULLTEXT KEY `name` (`name`)
            ) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=91;

CREATE TABLE IF NOT EXISTS `wp_wj_portal_activitylog` (
              `id` int(11) NOT NULL AUTO_INCREMENT,
              `description` text NOT NULL,
              `referencefor` varchar(255) NOT NULL,
              `referenceid` int(11) NOT NULL,
              `uid` int(11) NOT NULL,
              `created` datetime NOT NULL,
              PRIMARY KEY (`id`)
            ) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE IF NOT EXISTS `wp_wj_portal_system_errors` (
              `id` int(11) NOT NULL AUTO_INCREMENT,
              `uid` int(11) DEFAULT NULL,
              `error` text,
              `isview` tinyint(1) DEFAULT '0',
              `created` datetime DEFAULT NULL,
              PRIMARY KEY (`id`)
            ) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE IF NOT EXISTS `wp_wj_portal_users` (
                `id` int(11) NOT NULL AUTO_INCREMENT,
                `uid` int(11) NOT NULL,
                `roleid` int(11) NOT NULL,
                `photo` varchar(255) NOT NULL,
                `first_name` varchar(300) NOT NULL,
                `last_name` varchar(300) NOT NULL,
                `emailaddress` varchar(255) NOT NULL,
                `socialid` varchar(255) NOT NULL,
                `socialmedia` varchar(255) NOT NULL,
                `params` longtext NOT NULL,
                `status` tinyint(1) NOT NULL,
                `created` datetime NOT NULL,
                PRIMARY KEY (`id`)
              ) ENGINE=MyISAM AUTO_INCREMENT=1 DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `wp_wj_portal_slug` (
              `id` int(11) NOT NULL AUTO_INCREMENT,
              `slug` varchar(255) CHARACTER SET utf8 NOT NULL,
              `defaultslug` varchar(255) CHARACTER SET utf8 NOT NULL,
              `filename` varchar(255) CHARACTER SET utf8 NOT NULL,
              `description` varchar(255) CHARACTER SET utf8 NOT NULL,
              `status` tinyint(11) DEFAULT NULL,
              `pagetitle` varchar(255) DEFAULT NULL,
              `defaultpagetitle` varchar(255) DEFAULT NULL,
              `modulename` varchar(255) DEFAULT NULL,
              `titleoptions` varchar(255) DEFAULT NULL,
              PRIMARY KEY (`id`)
            ) ENGINE=InnoDB DEFAULT CHARSET=latin1 AUTO_INCREMENT=93;

CREATE TABLE IF NOT EXISTS `wp_wj_portal_jswjsessiondata` (
                      `id` int(11) NOT NULL PRIMARY KEY AUTO_INCREMENT,
                      `usersessionid` char(64) NOT NULL,
                      `sessionmsg` text CHARACTER SET utf8 NOT NULL,
                      `sessionexpire` bigint(32) NOT NULL,
                      `sessionfor` varchar(255) NOT NULL,
                      `msgkey`varchar(255) NOT NULL
                    ) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `wp_wj_portal_zywrap_logs` (
              `id` int(11) NOT NULL AUTO_INCREMENT,
              `timestamp` datetime NOT NULL,
              `user_id` bigint(20) DEFAULT NULL,
              `status` varchar(50) NOT NULL,
              `action` varchar(100) NOT NULL,
              `wrapper_code` varchar(255) DEFAULT NULL,
              `model_code` varchar(255) DEFAULT NULL,
              `http_code` int(11) DEFAULT NULL,
              `error_message` text DEFAULT NULL,
              `prompt_tokens` int(11) DEFAULT NULL,
              `completion_tokens` int(11) DEFAULT NULL,
              `total_tokens` int(11) DEFAULT NULL,
              `token_data` text DEFAULT NULL,
              PRIMARY KEY (`id`),
              KEY `user_id` (`user_id`),
              KEY `action_status` (`action`, `status`)
          ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


-- CDash 4.1.0 (Kitware), database schema written as MySQL/MariaDB
-- Source: github.com/Kitware/CDash database/pgsql-schema.sql at tag v4.1.0, commit
--   14d0bee57b0862a74999a3a015e98ede03699002 (BSD-3-Clause); loaded into PostgreSQL 15 and every table written as
--   MySQL from the catalogue (see cdash.md for the type mapping). Laravel's migrations table is not in the dump.

CREATE TABLE `apitoken` (
  `projectid` INT NOT NULL,
  `token` VARCHAR(40),
  `expiration_date` DATETIME NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL DEFAULT '',
  `description` TEXT NOT NULL DEFAULT '',
  `homeurl` VARCHAR(255) NOT NULL DEFAULT '',
  `cvsurl` VARCHAR(255) NOT NULL DEFAULT '',
  `bugtrackerurl` VARCHAR(255) NOT NULL DEFAULT '',
  `bugtrackernewissueurl` VARCHAR(255) NOT NULL DEFAULT '',
  `bugtrackertype` VARCHAR(16),
  `documentationurl` VARCHAR(255) NOT NULL DEFAULT '',
  `imageid` INT NOT NULL DEFAULT 0,
  `public` SMALLINT NOT NULL DEFAULT '1',
  `coveragethreshold` SMALLINT NOT NULL DEFAULT '70',
  `testingdataurl` VARCHAR(255) NOT NULL DEFAULT '',
  `nightlytime` VARCHAR(50) NOT NULL DEFAULT '00:00:00',
  `emaillowcoverage` SMALLINT NOT NULL DEFAULT '0',
  `emailtesttimingchanged` SMALLINT NOT NULL DEFAULT '0',
  `emailbrokensubmission` SMALLINT NOT NULL DEFAULT '1',
  `emailredundantfailures` SMALLINT NOT NULL DEFAULT '0',
  `showipaddresses` SMALLINT NOT NULL DEFAULT '1',
  `cvsviewertype` VARCHAR(10),
  `testtimestd` DECIMAL(3,1) DEFAULT '4',
  `testtimestdthreshold` DECIMAL(3,1) DEFAULT '1',
  `showtesttime` SMALLINT DEFAULT '0',
  `testtimemaxstatus` SMALLINT DEFAULT '3',
  `emailmaxitems` SMALLINT DEFAULT '5',
  `emailmaxchars` INT DEFAULT 255,
  `displaylabels` SMALLINT DEFAULT '1',
  `autoremovetimeframe` INT DEFAULT 0,
  `autoremovemaxbuilds` INT DEFAULT 300,
  `uploadquota` BIGINT DEFAULT '0',
  `showcoveragecode` SMALLINT DEFAULT '1',
  `sharelabelfilters` SMALLINT DEFAULT '0',
  `authenticatesubmissions` SMALLINT DEFAULT '0',
  `viewsubprojectslink` SMALLINT NOT NULL DEFAULT '1',
  `ldapfilter` VARCHAR(255),
  `banner` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `project_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL DEFAULT '',
  `password` VARCHAR(255) NOT NULL DEFAULT '',
  `firstname` VARCHAR(40) NOT NULL DEFAULT '',
  `lastname` VARCHAR(40) NOT NULL DEFAULT '',
  `institution` VARCHAR(255) NOT NULL DEFAULT '',
  `admin` SMALLINT NOT NULL DEFAULT '0',
  `email_verified_at` DATETIME,
  `remember_token` VARCHAR(100),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `ldapguid` VARCHAR(255),
  `ldapdomain` VARCHAR(255),
  `password_updated_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_email_unique` (`email`),
  UNIQUE KEY `user_ldapguid_unique` (`ldapguid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authtoken` (
  `hash` VARCHAR(128) NOT NULL,
  `userid` INT NOT NULL DEFAULT 0,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `expires` DATETIME NOT NULL,
  `description` VARCHAR(255),
  `projectid` INT,
  `scope` VARCHAR(255) NOT NULL DEFAULT 'full_access',
  CONSTRAINT `authtoken_projectid_foreign` FOREIGN KEY (`projectid`) REFERENCES `project` (`id`) ON DELETE CASCADE,
  CONSTRAINT `authtoken_userid_foreign` FOREIGN KEY (`userid`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blockbuild` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `projectid` INT NOT NULL,
  `buildname` VARCHAR(255) NOT NULL,
  `sitename` VARCHAR(255) NOT NULL,
  `ipaddress` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `blockbuild_projectid_foreign` FOREIGN KEY (`projectid`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `build` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `siteid` INT NOT NULL DEFAULT 0,
  `projectid` INT NOT NULL DEFAULT 0,
  `parentid` INT NOT NULL DEFAULT 0,
  `stamp` VARCHAR(255) NOT NULL DEFAULT '',
  `name` VARCHAR(255) NOT NULL DEFAULT '',
  `type` VARCHAR(255) NOT NULL DEFAULT '',
  `generator` VARCHAR(255) NOT NULL DEFAULT '',
  `starttime` DATETIME NOT NULL,
  `endtime` DATETIME NOT NULL,
  `submittime` DATETIME NOT NULL,
  `command` TEXT NOT NULL DEFAULT '',
  `configureerrors` SMALLINT DEFAULT '-1',
  `configurewarnings` SMALLINT DEFAULT '-1',
  `configureduration` INT NOT NULL DEFAULT 0,
  `builderrors` SMALLINT DEFAULT '-1',
  `buildwarnings` SMALLINT DEFAULT '-1',
  `buildduration` INT NOT NULL DEFAULT 0,
  `testnotrun` SMALLINT DEFAULT '-1',
  `testfailed` SMALLINT DEFAULT '-1',
  `testpassed` SMALLINT DEFAULT '-1',
  `testtimestatusfailed` SMALLINT DEFAULT '-1',
  `testduration` INT NOT NULL DEFAULT 0,
  `notified` SMALLINT DEFAULT '0',
  `done` SMALLINT DEFAULT '0',
  `uuid` VARCHAR(36) NOT NULL,
  `changeid` VARCHAR(40) DEFAULT '',
  `osname` VARCHAR(255),
  `osplatform` VARCHAR(255),
  `osrelease` VARCHAR(255),
  `osversion` VARCHAR(255),
  `compilername` VARCHAR(255),
  `compilerversion` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `build_uuid_unique` (`uuid`),
  CONSTRAINT `build_projectid_foreign` FOREIGN KEY (`projectid`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `build2configure` (
  `configureid` INT NOT NULL DEFAULT 0,
  `buildid` INT NOT NULL DEFAULT 0,
  `starttime` DATETIME NOT NULL,
  `endtime` DATETIME NOT NULL,
  PRIMARY KEY (`buildid`),
  CONSTRAINT `build2configure_buildid_foreign` FOREIGN KEY (`buildid`) REFERENCES `build` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `buildgroup` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL DEFAULT '',
  `projectid` INT NOT NULL DEFAULT 0,
  `starttime` DATETIME NOT NULL,
  `endtime` DATETIME NOT NULL,
  `autoremovetimeframe` INT DEFAULT 0,
  `description` TEXT,
  `summaryemail` SMALLINT DEFAULT '0',
  `includesubprojectotal` SMALLINT DEFAULT '1',
  `emailcommitters` SMALLINT DEFAULT '0',
  `type` VARCHAR(20) NOT NULL DEFAULT 'Daily',
  PRIMARY KEY (`id`),
  CONSTRAINT `buildgroup_projectid_foreign` FOREIGN KEY (`projectid`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `build2group` (
  `groupid` INT NOT NULL DEFAULT 0,
  `buildid` INT NOT NULL DEFAULT 0,
  UNIQUE KEY `build2group_buildid_groupid_unique` (`buildid`, `groupid`),
  UNIQUE KEY `build2group_groupid_buildid_unique` (`groupid`, `buildid`),
  CONSTRAINT `build2group_buildid_foreign` FOREIGN KEY (`buildid`) REFERENCES `build` (`id`) ON DELETE CASCADE,
  CONSTRAINT `build2group_groupid_foreign` FOREIGN KEY (`groupid`) REFERENCES `buildgroup` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `build2grouprule` (
  `groupid` INT NOT NULL DEFAULT 0,
  `parentgroupid` INT NOT NULL DEFAULT 0,
  `buildtype` VARCHAR(20) NOT NULL DEFAULT '',
  `buildname` VARCHAR(255) NOT NULL DEFAULT '',
  `siteid` INT NOT NULL DEFAULT 0,
  `expected` SMALLINT NOT NULL DEFAULT '0',
  `starttime` DATETIME NOT NULL,
  `endtime` DATETIME NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `build2note` (
  `buildid` INT NOT NULL,
  `noteid` BIGINT NOT NULL,
  `time` DATETIME NOT NULL,
  CONSTRAINT `build2note_buildid_foreign` FOREIGN KEY (`buildid`) REFERENCES `build` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `testoutput` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `crc32` BIGINT NOT NULL,
  `path` VARCHAR(255) NOT NULL DEFAULT '',
  `command` TEXT NOT NULL,
  `output` LONGBLOB NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `build2test` (
  `buildid` INT NOT NULL DEFAULT 0,
  `outputid` INT NOT NULL DEFAULT 0,
  `status` VARCHAR(10) NOT NULL DEFAULT '',
  `time` DECIMAL(7,2) NOT NULL DEFAULT '0',
  `timemean` DECIMAL(7,2) NOT NULL DEFAULT '0',
  `timestd` DECIMAL(7,2) NOT NULL DEFAULT '0',
  `timestatus` SMALLINT NOT NULL DEFAULT '0',
  `newstatus` SMALLINT NOT NULL DEFAULT '0',
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `details` VARCHAR(255) NOT NULL DEFAULT '',
  `testname` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `build2test_id_testname_unique` (`id`, `testname`),
  UNIQUE KEY `build2test_testname_id_unique` (`testname`, `id`),
  CONSTRAINT `build2test_buildid_foreign` FOREIGN KEY (`buildid`) REFERENCES `build` (`id`) ON DELETE CASCADE,
  CONSTRAINT `build2test_outputid_foreign` FOREIGN KEY (`outputid`) REFERENCES `testoutput` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `build2update` (
  `buildid` INT NOT NULL,
  `updateid` BIGINT NOT NULL,
  PRIMARY KEY (`buildid`),
  CONSTRAINT `build2update_buildid_foreign` FOREIGN KEY (`buildid`) REFERENCES `build` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `uploadfile` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `filename` VARCHAR(255) NOT NULL,
  `filesize` INT NOT NULL DEFAULT 0,
  `sha1sum` VARCHAR(40) NOT NULL,
  `isurl` SMALLINT NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `build2uploadfile` (
  `fileid` INT NOT NULL,
  `buildid` INT NOT NULL,
  CONSTRAINT `build2uploadfile_buildid_foreign` FOREIGN KEY (`buildid`) REFERENCES `build` (`id`) ON DELETE CASCADE,
  CONSTRAINT `build2uploadfile_fileid_foreign` FOREIGN KEY (`fileid`) REFERENCES `uploadfile` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `build_filters` (
  `projectid` INT NOT NULL,
  `warnings` TEXT,
  `errors` TEXT,
  PRIMARY KEY (`projectid`),
  CONSTRAINT `build_filters_projectid_foreign` FOREIGN KEY (`projectid`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `targets` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `buildid` INT NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `targets_buildid_foreign` FOREIGN KEY (`buildid`) REFERENCES `build` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `buildcommands` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `buildid` INT NOT NULL,
  `targetid` BIGINT,
  `type` VARCHAR(255) NOT NULL,
  `starttime` DATETIME NOT NULL,
  `duration` INT NOT NULL,
  `command` TEXT NOT NULL,
  `workingdirectory` TEXT NOT NULL,
  `result` TEXT NOT NULL,
  `source` TEXT,
  `language` VARCHAR(32),
  `config` VARCHAR(32),
  PRIMARY KEY (`id`),
  CONSTRAINT `buildcommands_buildid_foreign` FOREIGN KEY (`buildid`) REFERENCES `build` (`id`) ON DELETE CASCADE,
  CONSTRAINT `buildcommands_targetid_foreign` FOREIGN KEY (`targetid`) REFERENCES `targets` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `buildcommandoutputs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `buildcommandid` BIGINT,
  `size` BIGINT NOT NULL,
  `name` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `buildcommandoutputs_buildcommandid_foreign` FOREIGN KEY (`buildcommandid`) REFERENCES `buildcommands` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `buildemail` (
  `userid` INT NOT NULL,
  `buildid` INT NOT NULL,
  `category` SMALLINT NOT NULL,
  `time` DATETIME NOT NULL,
  CONSTRAINT `buildemail_buildid_foreign` FOREIGN KEY (`buildid`) REFERENCES `build` (`id`) ON DELETE CASCADE,
  CONSTRAINT `buildemail_userid_foreign` FOREIGN KEY (`userid`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `builderror` (
  `buildid` INT NOT NULL DEFAULT 0,
  `type` SMALLINT NOT NULL DEFAULT '0',
  `logline` INT NOT NULL DEFAULT 0,
  `text` TEXT NOT NULL,
  `sourcefile` VARCHAR(255) NOT NULL DEFAULT '',
  `sourceline` INT NOT NULL DEFAULT 0,
  `precontext` TEXT,
  `postcontext` TEXT,
  `repeatcount` INT NOT NULL DEFAULT 0,
  `crc32` BIGINT NOT NULL DEFAULT '0',
  `newstatus` SMALLINT NOT NULL DEFAULT '0',
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  CONSTRAINT `builderror_buildid_foreign` FOREIGN KEY (`buildid`) REFERENCES `build` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `builderrordiff` (
  `buildid` INT NOT NULL,
  `type` SMALLINT NOT NULL,
  `difference_positive` INT NOT NULL,
  `difference_negative` INT NOT NULL,
  UNIQUE KEY `unique_builderrordiff` (`buildid`, `type`),
  CONSTRAINT `builderrordiff_buildid_foreign` FOREIGN KEY (`buildid`) REFERENCES `build` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `buildfailure` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `buildid` INT NOT NULL,
  `detailsid` BIGINT NOT NULL,
  `workingdirectory` VARCHAR(512) NOT NULL,
  `sourcefile` VARCHAR(512) NOT NULL,
  `newstatus` SMALLINT NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  CONSTRAINT `buildfailure_buildid_foreign` FOREIGN KEY (`buildid`) REFERENCES `build` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `buildfailure2argument` (
  `buildfailureid` BIGINT NOT NULL,
  `argumentid` BIGINT NOT NULL,
  `place` INT NOT NULL DEFAULT 0,
  CONSTRAINT `buildfailure2argument_buildfailureid_foreign` FOREIGN KEY (`buildfailureid`) REFERENCES `buildfailure` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `buildfailureargument` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `argument` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `buildfailuredetails` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `type` SMALLINT NOT NULL,
  `stdoutput` TEXT NOT NULL,
  `stderror` TEXT NOT NULL,
  `exitcondition` VARCHAR(255) NOT NULL,
  `language` VARCHAR(64) NOT NULL,
  `targetname` VARCHAR(255) NOT NULL,
  `outputfile` VARCHAR(512) NOT NULL,
  `outputtype` VARCHAR(255) NOT NULL,
  `crc32` BIGINT NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `buildfile` (
  `buildid` INT NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `md5` VARCHAR(40) NOT NULL,
  `type` VARCHAR(32) NOT NULL DEFAULT '',
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  CONSTRAINT `buildfile_buildid_foreign` FOREIGN KEY (`buildid`) REFERENCES `build` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `buildgroupposition` (
  `buildgroupid` INT NOT NULL DEFAULT 0,
  `position` INT NOT NULL DEFAULT 0,
  `starttime` DATETIME NOT NULL,
  `endtime` DATETIME NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  CONSTRAINT `buildgroupposition_buildgroupid_foreign` FOREIGN KEY (`buildgroupid`) REFERENCES `buildgroup` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `buildmeasurements` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `buildcommandid` BIGINT NOT NULL,
  `type` VARCHAR(512) NOT NULL,
  `name` VARCHAR(512) NOT NULL,
  `value` VARCHAR(512) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `buildmeasurements_buildcommandid_foreign` FOREIGN KEY (`buildcommandid`) REFERENCES `buildcommands` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `buildproperties` (
  `buildid` INT NOT NULL DEFAULT 0,
  `properties` TEXT NOT NULL,
  PRIMARY KEY (`buildid`),
  CONSTRAINT `buildproperties_buildid_foreign` FOREIGN KEY (`buildid`) REFERENCES `build` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `buildtesttime` (
  `buildid` INT NOT NULL DEFAULT 0,
  `time` DECIMAL(7,2) NOT NULL DEFAULT '0',
  PRIMARY KEY (`buildid`),
  CONSTRAINT `buildtesttime_buildid_foreign` FOREIGN KEY (`buildid`) REFERENCES `build` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `buildupdate` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `starttime` DATETIME NOT NULL,
  `endtime` DATETIME NOT NULL,
  `command` TEXT NOT NULL,
  `type` VARCHAR(4) NOT NULL DEFAULT '',
  `status` TEXT NOT NULL,
  `nfiles` SMALLINT DEFAULT '-1',
  `warnings` SMALLINT DEFAULT '-1',
  `revision` VARCHAR(60) NOT NULL DEFAULT '0',
  `priorrevision` VARCHAR(60) NOT NULL DEFAULT '0',
  `path` VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `buildid` INT NOT NULL,
  `userid` INT NOT NULL,
  `text` TEXT NOT NULL,
  `timestamp` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `status` SMALLINT NOT NULL DEFAULT '0',
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  CONSTRAINT `comments_buildid_foreign` FOREIGN KEY (`buildid`) REFERENCES `build` (`id`),
  CONSTRAINT `comments_userid_foreign` FOREIGN KEY (`userid`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `configure` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `command` TEXT NOT NULL,
  `log` TEXT NOT NULL,
  `status` SMALLINT NOT NULL DEFAULT '0',
  `warnings` SMALLINT DEFAULT '-1',
  `crc32` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `configure_crc32_unique` (`crc32`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `configureerror` (
  `configureid` INT NOT NULL,
  `type` SMALLINT,
  `text` TEXT,
  CONSTRAINT `configureerror_configureid_foreign` FOREIGN KEY (`configureid`) REFERENCES `configure` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `configureerrordiff` (
  `buildid` INT NOT NULL,
  `type` SMALLINT,
  `difference` INT,
  UNIQUE KEY `unique_configureerrordiff` (`buildid`, `type`),
  CONSTRAINT `configureerrordiff_buildid_foreign` FOREIGN KEY (`buildid`) REFERENCES `build` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `coverage` (
  `buildid` INT NOT NULL DEFAULT 0,
  `fileid` INT NOT NULL DEFAULT 0,
  `covered` SMALLINT NOT NULL DEFAULT '0',
  `loctested` INT NOT NULL DEFAULT 0,
  `locuntested` INT NOT NULL DEFAULT 0,
  `branchestested` INT NOT NULL DEFAULT 0,
  `branchesuntested` INT NOT NULL DEFAULT 0,
  `functionstested` INT NOT NULL DEFAULT 0,
  `functionsuntested` INT NOT NULL DEFAULT 0,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  CONSTRAINT `coverage_buildid_foreign` FOREIGN KEY (`buildid`) REFERENCES `build` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `coveragefile` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `fullpath` VARCHAR(255) NOT NULL DEFAULT '',
  `file` LONGBLOB,
  `crc32` BIGINT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `coveragefilelog` (
  `buildid` INT NOT NULL DEFAULT 0,
  `fileid` INT NOT NULL DEFAULT 0,
  `log` LONGBLOB NOT NULL,
  CONSTRAINT `coveragefilelog_buildid_foreign` FOREIGN KEY (`buildid`) REFERENCES `build` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `coveragesummary` (
  `buildid` INT NOT NULL DEFAULT 0,
  `loctested` INT NOT NULL DEFAULT 0,
  `locuntested` INT NOT NULL DEFAULT 0,
  `loctesteddiff` INT NOT NULL DEFAULT 0,
  `locuntesteddiff` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`buildid`),
  CONSTRAINT `coveragesummary_buildid_foreign` FOREIGN KEY (`buildid`) REFERENCES `build` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dailyupdate` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `projectid` INT NOT NULL,
  `date` DATE NOT NULL,
  `command` TEXT NOT NULL,
  `type` VARCHAR(4) NOT NULL DEFAULT '',
  `status` SMALLINT NOT NULL DEFAULT '0',
  `revision` VARCHAR(60) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dynamicanalysis` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `buildid` INT NOT NULL DEFAULT 0,
  `status` VARCHAR(10) NOT NULL DEFAULT '',
  `checker` VARCHAR(60) NOT NULL DEFAULT '',
  `name` VARCHAR(255) NOT NULL DEFAULT '',
  `path` VARCHAR(255) NOT NULL DEFAULT '',
  `fullcommandline` VARCHAR(255) NOT NULL DEFAULT '',
  `log` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `dynamicanalysis_buildid_foreign` FOREIGN KEY (`buildid`) REFERENCES `build` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dynamicanalysisdefect` (
  `dynamicanalysisid` INT NOT NULL DEFAULT 0,
  `type` VARCHAR(255) NOT NULL DEFAULT '',
  `value` INT NOT NULL DEFAULT 0,
  UNIQUE KEY `dynamicanalysisdefect_dynamicanalysisid_type_value_unique` (`dynamicanalysisid`, `type`, `value`),
  UNIQUE KEY `dynamicanalysisdefect_dynamicanalysisid_value_type_unique` (`dynamicanalysisid`, `value`, `type`),
  CONSTRAINT `dynamicanalysisdefect_dynamicanalysisid_foreign` FOREIGN KEY (`dynamicanalysisid`) REFERENCES `dynamicanalysis` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dynamicanalysissummary` (
  `buildid` INT NOT NULL DEFAULT 0,
  `checker` VARCHAR(60) NOT NULL DEFAULT '',
  `numdefects` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`buildid`),
  CONSTRAINT `dynamicanalysissummary_buildid_foreign` FOREIGN KEY (`buildid`) REFERENCES `build` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `failed_jobs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `connection` TEXT NOT NULL,
  `queue` TEXT NOT NULL,
  `payload` TEXT NOT NULL,
  `exception` TEXT NOT NULL,
  `failed_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `global_invitations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL,
  `invited_by_id` INT NOT NULL,
  `role` VARCHAR(255) NOT NULL,
  `invitation_timestamp` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `password` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `global_invitations_email_unique` (`email`),
  CONSTRAINT `global_invitations_invited_by_id_foreign` FOREIGN KEY (`invited_by_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `image` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `img` LONGBLOB NOT NULL,
  `extension` TEXT NOT NULL,
  `checksum` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jobs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `queue` VARCHAR(255) NOT NULL,
  `payload` TEXT NOT NULL,
  `attempts` SMALLINT NOT NULL,
  `reserved_at` INT,
  `available_at` INT NOT NULL,
  `created_at` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `label` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `text` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `label_id_text_unique` (`id`, `text`),
  UNIQUE KEY `label_text_id_unique` (`text`, `id`),
  UNIQUE KEY `label_text_unique` (`text`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `label2build` (
  `labelid` BIGINT NOT NULL,
  `buildid` INT NOT NULL,
  PRIMARY KEY (`labelid`, `buildid`),
  UNIQUE KEY `label2build_buildid_labelid_unique` (`buildid`, `labelid`),
  CONSTRAINT `label2build_buildid_foreign` FOREIGN KEY (`buildid`) REFERENCES `build` (`id`) ON DELETE CASCADE,
  CONSTRAINT `label2build_labelid_foreign` FOREIGN KEY (`labelid`) REFERENCES `label` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `label2buildfailure` (
  `labelid` BIGINT NOT NULL,
  `buildfailureid` BIGINT NOT NULL,
  PRIMARY KEY (`labelid`, `buildfailureid`),
  CONSTRAINT `label2buildfailure_buildfailureid_foreign` FOREIGN KEY (`buildfailureid`) REFERENCES `buildfailure` (`id`) ON DELETE CASCADE,
  CONSTRAINT `label2buildfailure_labelid_foreign` FOREIGN KEY (`labelid`) REFERENCES `label` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `label2coveragefile` (
  `labelid` BIGINT NOT NULL,
  `buildid` INT NOT NULL,
  `coveragefileid` INT NOT NULL,
  PRIMARY KEY (`labelid`, `buildid`, `coveragefileid`),
  UNIQUE KEY `label2coveragefile_buildid_coveragefileid_labelid_unique` (`buildid`, `coveragefileid`, `labelid`),
  UNIQUE KEY `label2coveragefile_buildid_labelid_coveragefileid_unique` (`buildid`, `labelid`, `coveragefileid`),
  UNIQUE KEY `label2coveragefile_coveragefileid_buildid_labelid_unique` (`coveragefileid`, `buildid`, `labelid`),
  UNIQUE KEY `label2coveragefile_coveragefileid_labelid_buildid_unique` (`coveragefileid`, `labelid`, `buildid`),
  UNIQUE KEY `label2coveragefile_labelid_coveragefileid_buildid_unique` (`labelid`, `coveragefileid`, `buildid`),
  CONSTRAINT `label2coveragefile_buildid_foreign` FOREIGN KEY (`buildid`) REFERENCES `build` (`id`) ON DELETE CASCADE,
  CONSTRAINT `label2coveragefile_coveragefileid_foreign` FOREIGN KEY (`coveragefileid`) REFERENCES `coveragefile` (`id`) ON DELETE CASCADE,
  CONSTRAINT `label2coveragefile_labelid_foreign` FOREIGN KEY (`labelid`) REFERENCES `label` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `label2dynamicanalysis` (
  `labelid` BIGINT NOT NULL,
  `dynamicanalysisid` INT NOT NULL,
  PRIMARY KEY (`labelid`, `dynamicanalysisid`),
  CONSTRAINT `label2dynamicanalysis_dynamicanalysisid_foreign` FOREIGN KEY (`dynamicanalysisid`) REFERENCES `dynamicanalysis` (`id`) ON DELETE CASCADE,
  CONSTRAINT `label2dynamicanalysis_labelid_foreign` FOREIGN KEY (`labelid`) REFERENCES `label` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `label2target` (
  `targetid` BIGINT NOT NULL,
  `labelid` BIGINT NOT NULL,
  UNIQUE KEY `label2target_labelid_targetid_unique` (`labelid`, `targetid`),
  UNIQUE KEY `label2target_targetid_labelid_unique` (`targetid`, `labelid`),
  CONSTRAINT `label2target_labelid_foreign` FOREIGN KEY (`labelid`) REFERENCES `label` (`id`) ON DELETE CASCADE,
  CONSTRAINT `label2target_targetid_foreign` FOREIGN KEY (`targetid`) REFERENCES `targets` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `label2test` (
  `labelid` BIGINT NOT NULL,
  `testid` BIGINT NOT NULL,
  UNIQUE KEY `label2test_labelid_testid_unique` (`labelid`, `testid`),
  UNIQUE KEY `label2test_testid_labelid_unique` (`testid`, `labelid`),
  CONSTRAINT `label2test_labelid_foreign` FOREIGN KEY (`labelid`) REFERENCES `label` (`id`) ON DELETE CASCADE,
  CONSTRAINT `label2test_testid_foreign` FOREIGN KEY (`testid`) REFERENCES `build2test` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `label2update` (
  `labelid` BIGINT NOT NULL,
  `updateid` INT NOT NULL,
  PRIMARY KEY (`labelid`, `updateid`),
  UNIQUE KEY `label2update_updateid_labelid_unique` (`updateid`, `labelid`),
  CONSTRAINT `label2update_labelid_foreign` FOREIGN KEY (`labelid`) REFERENCES `label` (`id`) ON DELETE CASCADE,
  CONSTRAINT `label2update_updateid_foreign` FOREIGN KEY (`updateid`) REFERENCES `buildupdate` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `labelemail` (
  `projectid` INT NOT NULL,
  `userid` INT NOT NULL,
  `labelid` BIGINT NOT NULL,
  CONSTRAINT `labelemail_labelid_foreign` FOREIGN KEY (`labelid`) REFERENCES `label` (`id`) ON DELETE CASCADE,
  CONSTRAINT `labelemail_projectid_foreign` FOREIGN KEY (`projectid`) REFERENCES `project` (`id`) ON DELETE CASCADE,
  CONSTRAINT `labelemail_userid_foreign` FOREIGN KEY (`userid`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lockout` (
  `userid` INT NOT NULL,
  `failedattempts` SMALLINT DEFAULT '0',
  `islocked` SMALLINT NOT NULL DEFAULT '0',
  `unlocktime` DATETIME NOT NULL,
  PRIMARY KEY (`userid`),
  CONSTRAINT `lockout_userid_foreign` FOREIGN KEY (`userid`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `measurement` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `projectid` INT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `position` SMALLINT NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  CONSTRAINT `measurement_projectid_foreign` FOREIGN KEY (`projectid`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `note` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `text` TEXT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `crc32` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `overview_components` (
  `projectid` INT NOT NULL DEFAULT 1,
  `buildgroupid` INT NOT NULL DEFAULT 0,
  `position` INT NOT NULL DEFAULT 0,
  `type` VARCHAR(32) NOT NULL DEFAULT 'build',
  CONSTRAINT `overview_components_projectid_foreign` FOREIGN KEY (`projectid`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `password_resets` (
  `email` VARCHAR(255) NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `created_at` DATETIME
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pending_submissions` (
  `buildid` INT NOT NULL,
  `numfiles` SMALLINT NOT NULL DEFAULT '0',
  `recheck` SMALLINT NOT NULL DEFAULT '0',
  PRIMARY KEY (`buildid`),
  CONSTRAINT `pending_submissions_buildid_foreign` FOREIGN KEY (`buildid`) REFERENCES `build` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project2repositories` (
  `projectid` INT NOT NULL,
  `repositoryid` INT NOT NULL,
  PRIMARY KEY (`projectid`, `repositoryid`),
  CONSTRAINT `project2repositories_projectid_foreign` FOREIGN KEY (`projectid`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_invitations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL,
  `invited_by_id` INT NOT NULL,
  `project_id` INT NOT NULL,
  `role` VARCHAR(255) NOT NULL,
  `invitation_timestamp` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `project_invitations_email_project_id_unique` (`email`, `project_id`),
  CONSTRAINT `project_invitations_invited_by_id_foreign` FOREIGN KEY (`invited_by_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `project_invitations_project_id_foreign` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `related_builds` (
  `buildid` INT NOT NULL,
  `relatedid` INT NOT NULL,
  `relationship` VARCHAR(255),
  PRIMARY KEY (`buildid`, `relatedid`),
  CONSTRAINT `related_builds_buildid_foreign` FOREIGN KEY (`buildid`) REFERENCES `build` (`id`) ON DELETE CASCADE,
  CONSTRAINT `related_builds_relatedid_foreign` FOREIGN KEY (`relatedid`) REFERENCES `build` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `repositories` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `url` VARCHAR(255) NOT NULL,
  `username` VARCHAR(50) NOT NULL DEFAULT '',
  `password` VARCHAR(50) NOT NULL DEFAULT '',
  `branch` VARCHAR(60) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `site` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL DEFAULT '',
  `ip` VARCHAR(255) NOT NULL DEFAULT '',
  `latitude` VARCHAR(10) NOT NULL DEFAULT '',
  `longitude` VARCHAR(10) NOT NULL DEFAULT '',
  `outoforder` SMALLINT NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `site_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `site2user` (
  `siteid` INT NOT NULL DEFAULT 0,
  `userid` INT NOT NULL DEFAULT 0,
  UNIQUE KEY `site2user_siteid_userid_unique` (`siteid`, `userid`),
  UNIQUE KEY `site2user_userid_siteid_unique` (`userid`, `siteid`),
  CONSTRAINT `site2user_siteid_foreign` FOREIGN KEY (`siteid`) REFERENCES `site` (`id`) ON DELETE CASCADE,
  CONSTRAINT `site2user_userid_foreign` FOREIGN KEY (`userid`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `siteinformation` (
  `siteid` INT NOT NULL,
  `timestamp` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `processoris64bits` SMALLINT,
  `processorvendor` VARCHAR(255),
  `processorvendorid` VARCHAR(255),
  `processorfamilyid` INT,
  `processormodelid` INT,
  `processorcachesize` INT,
  `numberlogicalcpus` INT,
  `numberphysicalcpus` INT,
  `totalvirtualmemory` INT,
  `totalphysicalmemory` INT,
  `logicalprocessorsperphysical` INT,
  `processorclockfrequency` INT,
  `description` VARCHAR(255),
  `id` INT NOT NULL AUTO_INCREMENT,
  `processormodelname` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `siteinformation_siteid_foreign` FOREIGN KEY (`siteid`) REFERENCES `site` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subproject` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `projectid` INT NOT NULL,
  `groupid` INT NOT NULL,
  `path` VARCHAR(512) NOT NULL DEFAULT '',
  `position` SMALLINT NOT NULL DEFAULT '0',
  `starttime` DATETIME NOT NULL,
  `endtime` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `subproject_unique_key` (`name`, `projectid`, `endtime`),
  CONSTRAINT `subproject_projectid_foreign` FOREIGN KEY (`projectid`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subproject2build` (
  `subprojectid` INT NOT NULL,
  `buildid` INT NOT NULL,
  PRIMARY KEY (`buildid`),
  CONSTRAINT `subproject2build_buildid_foreign` FOREIGN KEY (`buildid`) REFERENCES `build` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subproject2subproject` (
  `subprojectid` BIGINT NOT NULL,
  `dependsonid` BIGINT NOT NULL,
  `starttime` DATETIME NOT NULL,
  `endtime` DATETIME NOT NULL,
  CONSTRAINT `subproject2subproject_dependsonid_foreign` FOREIGN KEY (`dependsonid`) REFERENCES `subproject` (`id`) ON DELETE CASCADE,
  CONSTRAINT `subproject2subproject_subprojectid_foreign` FOREIGN KEY (`subprojectid`) REFERENCES `subproject` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subprojectgroup` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `projectid` INT NOT NULL,
  `coveragethreshold` SMALLINT NOT NULL DEFAULT '70',
  `is_default` SMALLINT NOT NULL,
  `starttime` DATETIME NOT NULL,
  `endtime` DATETIME NOT NULL,
  `position` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `subprojectgroup_projectid_foreign` FOREIGN KEY (`projectid`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `successful_jobs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `filename` TEXT NOT NULL,
  `finished_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `summaryemail` (
  `buildid` INT NOT NULL,
  `date` DATE NOT NULL,
  `groupid` SMALLINT NOT NULL,
  CONSTRAINT `summaryemail_buildid_foreign` FOREIGN KEY (`buildid`) REFERENCES `build` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `test2image` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `imgid` INT NOT NULL,
  `outputid` INT NOT NULL,
  `role` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `test2image_outputid_foreign` FOREIGN KEY (`outputid`) REFERENCES `testoutput` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `testdiff` (
  `buildid` INT NOT NULL,
  `type` SMALLINT NOT NULL,
  `difference_positive` INT NOT NULL,
  `difference_negative` INT NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_testdiff` (`buildid`, `type`),
  CONSTRAINT `testdiff_buildid_foreign` FOREIGN KEY (`buildid`) REFERENCES `build` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `testmeasurement` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `type` VARCHAR(70) NOT NULL,
  `value` TEXT NOT NULL COMMENT ' ',
  `testid` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `testmeasurement_testid_foreign` FOREIGN KEY (`testid`) REFERENCES `build2test` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `updatefile` (
  `updateid` INT NOT NULL DEFAULT 0,
  `filename` VARCHAR(255) NOT NULL DEFAULT '',
  `checkindate` DATETIME NOT NULL,
  `author` VARCHAR(255) NOT NULL DEFAULT '',
  `email` VARCHAR(255) NOT NULL DEFAULT '',
  `committer` VARCHAR(255) NOT NULL DEFAULT '',
  `committeremail` VARCHAR(255) NOT NULL DEFAULT '',
  `log` TEXT NOT NULL,
  `revision` VARCHAR(60) NOT NULL DEFAULT '0',
  `priorrevision` VARCHAR(60) NOT NULL DEFAULT '0',
  `status` VARCHAR(12) NOT NULL DEFAULT '',
  CONSTRAINT `updatefile_updateid_foreign` FOREIGN KEY (`updateid`) REFERENCES `buildupdate` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user2project` (
  `userid` INT NOT NULL DEFAULT 0,
  `projectid` INT NOT NULL DEFAULT 0,
  `role` INT NOT NULL DEFAULT 0,
  `emailtype` SMALLINT NOT NULL DEFAULT '0',
  `emailcategory` SMALLINT NOT NULL DEFAULT '62',
  `emailsuccess` SMALLINT NOT NULL DEFAULT '0',
  `emailmissingsites` SMALLINT NOT NULL DEFAULT '0',
  PRIMARY KEY (`userid`, `projectid`),
  CONSTRAINT `user2project_projectid_foreign` FOREIGN KEY (`projectid`) REFERENCES `project` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user2project_userid_foreign` FOREIGN KEY (`userid`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `usertemp` (
  `email` VARCHAR(255) NOT NULL DEFAULT '',
  `password` VARCHAR(255) NOT NULL DEFAULT '',
  `firstname` VARCHAR(40) NOT NULL DEFAULT '',
  `lastname` VARCHAR(40) NOT NULL DEFAULT '',
  `institution` VARCHAR(255) NOT NULL DEFAULT '',
  `registrationdate` DATETIME NOT NULL,
  `registrationkey` VARCHAR(40) NOT NULL DEFAULT '',
  PRIMARY KEY (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


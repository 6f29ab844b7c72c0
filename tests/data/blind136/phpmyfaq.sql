-- phpMyFAQ (thorsten/phpMyFAQ), phpmyfaq/src/phpMyFAQ/Setup/Installation/DatabaseSchema.php at commit
-- f4e006fd91de357f79433475c865f51870d622b9 (MPL-2.0), rendered as its TableBuilder renders it for MySQL
-- (Setup/Migration/QueryBuilder/Dialect/MysqlDialect.php); empty table prefix; upstream declares no foreign keys.

CREATE TABLE `faqadminlog` (
    `id` INT NOT NULL,
    `time` INT NOT NULL,
    `usr` INT NOT NULL,
    `text` TEXT NOT NULL,
    `hash` VARCHAR(64) NULL,
    `previous_hash` VARCHAR(64) NULL,
    `ip` VARCHAR(64) NOT NULL,
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqattachment` (
    `id` INT NOT NULL,
    `record_id` INT NOT NULL,
    `record_lang` VARCHAR(5) NOT NULL,
    `real_hash` CHAR(32) NOT NULL,
    `virtual_hash` CHAR(32) NOT NULL,
    `password_hash` CHAR(40) NULL,
    `filename` VARCHAR(255) NOT NULL,
    `filesize` INT NOT NULL,
    `encrypted` INT NOT NULL DEFAULT 0,
    `mime_type` VARCHAR(255) NULL,
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqbookmarks` (
    `userid` INT NULL,
    `faqid` INT NULL
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqcaptcha` (
    `id` VARCHAR(6) NOT NULL,
    `useragent` VARCHAR(255) NOT NULL,
    `language` VARCHAR(5) NOT NULL,
    `ip` VARCHAR(64) NOT NULL,
    `captcha_time` INT NOT NULL,
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqcategories` (
    `id` INT NOT NULL,
    `lang` VARCHAR(5) NOT NULL,
    `parent_id` INT NOT NULL,
    `name` VARCHAR(255) NOT NULL,
    `description` VARCHAR(255) NULL,
    `user_id` INT NOT NULL,
    `group_id` INT NOT NULL DEFAULT -1,
    `active` INT DEFAULT 1,
    `image` VARCHAR(255) NULL,
    `show_home` SMALLINT NULL,
    PRIMARY KEY (`id`, `lang`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqcategoryrelations` (
    `category_id` INT NOT NULL,
    `category_lang` VARCHAR(5) NOT NULL,
    `record_id` INT NOT NULL,
    `record_lang` VARCHAR(5) NOT NULL,
    PRIMARY KEY (`category_id`, `category_lang`, `record_id`, `record_lang`),
    INDEX idx_records (`record_id`, `record_lang`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqcategory_group` (
    `category_id` INT NOT NULL,
    `group_id` INT NOT NULL,
    PRIMARY KEY (`category_id`, `group_id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqcategory_user` (
    `category_id` INT NOT NULL,
    `user_id` INT NOT NULL,
    PRIMARY KEY (`category_id`, `user_id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqchanges` (
    `id` INT NOT NULL,
    `beitrag` SMALLINT NOT NULL,
    `lang` VARCHAR(5) NOT NULL,
    `revision_id` INT NOT NULL DEFAULT 0,
    `usr` INT NOT NULL,
    `datum` INT NOT NULL,
    `what` TEXT NULL,
    PRIMARY KEY (`id`, `lang`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqcomments` (
    `id_comment` INT NOT NULL,
    `id` INT NOT NULL,
    `type` VARCHAR(10) NOT NULL,
    `usr` VARCHAR(255) NOT NULL,
    `email` VARCHAR(255) NOT NULL,
    `comment` TEXT NOT NULL,
    `datum` VARCHAR(64) NOT NULL,
    `helped` TEXT NULL,
    PRIMARY KEY (`id_comment`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqconfig` (
    `config_name` VARCHAR(255) NOT NULL DEFAULT '',
    `config_value` TEXT NULL,
    PRIMARY KEY (`config_name`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqdata` (
    `id` INT NOT NULL,
    `lang` VARCHAR(5) NOT NULL,
    `solution_id` INT NOT NULL,
    `revision_id` INT NOT NULL DEFAULT 0,
    `status` VARCHAR(12) NOT NULL DEFAULT 'draft',
    `sticky` INT NOT NULL,
    `keywords` TEXT NULL,
    `thema` TEXT NOT NULL,
    `content` LONGTEXT NULL,
    `author` VARCHAR(255) NOT NULL,
    `email` VARCHAR(255) NOT NULL,
    `comment` CHAR(1) DEFAULT 'y',
    `updated` VARCHAR(15) NOT NULL,
    `date_start` VARCHAR(14) NOT NULL DEFAULT '00000000000000',
    `date_end` VARCHAR(14) NOT NULL DEFAULT '99991231235959',
    `created` TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    `notes` TEXT NULL,
    `sticky_order` INT NULL,
    PRIMARY KEY (`id`, `lang`),
    FULLTEXT (`keywords`,`thema`,`content`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqdata_revisions` (
    `id` INT NOT NULL,
    `lang` VARCHAR(5) NOT NULL,
    `solution_id` INT NOT NULL,
    `revision_id` INT NOT NULL DEFAULT 0,
    `status` VARCHAR(12) NOT NULL DEFAULT 'draft',
    `sticky` INT NOT NULL,
    `keywords` TEXT NULL,
    `thema` TEXT NOT NULL,
    `content` LONGTEXT NULL,
    `author` VARCHAR(255) NOT NULL,
    `email` VARCHAR(255) NOT NULL,
    `comment` CHAR(1) DEFAULT 'y',
    `updated` VARCHAR(15) NOT NULL,
    `date_start` VARCHAR(14) NOT NULL DEFAULT '00000000000000',
    `date_end` VARCHAR(14) NOT NULL DEFAULT '99991231235959',
    `created` TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    `notes` TEXT NULL,
    `sticky_order` INT NULL,
    PRIMARY KEY (`id`, `lang`, `solution_id`, `revision_id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqdata_group` (
    `record_id` INT NOT NULL,
    `group_id` INT NOT NULL,
    PRIMARY KEY (`record_id`, `group_id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqdata_tags` (
    `record_id` INT NOT NULL,
    `tagging_id` INT NOT NULL,
    PRIMARY KEY (`record_id`, `tagging_id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqdata_user` (
    `record_id` INT NOT NULL,
    `user_id` INT NOT NULL,
    PRIMARY KEY (`record_id`, `user_id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqglossary` (
    `id` INT NOT NULL,
    `lang` VARCHAR(5) NOT NULL,
    `item` VARCHAR(255) NOT NULL,
    `definition` TEXT NOT NULL,
    PRIMARY KEY (`id`, `lang`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqgroup` (
    `group_id` INT NOT NULL,
    `name` VARCHAR(25) NULL,
    `description` TEXT NULL,
    `auto_join` INT NULL,
    PRIMARY KEY (`group_id`),
    INDEX idx_name (`name`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqgroup_right` (
    `group_id` INT NOT NULL,
    `right_id` INT NOT NULL,
    PRIMARY KEY (`group_id`, `right_id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqapi_keys` (
    `id` INT NOT NULL,
    `user_id` INT NOT NULL,
    `api_key` VARCHAR(64) NOT NULL,
    `name` VARCHAR(255) NULL,
    `scopes` TEXT NULL,
    `last_used_at` TIMESTAMP NULL,
    `expires_at` TIMESTAMP NULL,
    `created` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`id`),
    UNIQUE INDEX idx_api_key_unique (`api_key`),
    INDEX idx_api_key_user (`user_id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqoauth_clients` (
    `client_id` VARCHAR(80) NOT NULL,
    `client_secret` VARCHAR(255) NULL,
    `name` VARCHAR(255) NOT NULL,
    `redirect_uri` TEXT NULL,
    `grants` VARCHAR(255) NULL,
    `is_confidential` SMALLINT DEFAULT 1,
    `user_id` INT NULL,
    `created` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`client_id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqoauth_access_tokens` (
    `identifier` VARCHAR(100) NOT NULL,
    `client_id` VARCHAR(80) NOT NULL,
    `user_id` VARCHAR(80) NULL,
    `scopes` TEXT NULL,
    `revoked` SMALLINT DEFAULT 0,
    `expires_at` TIMESTAMP NOT NULL,
    `created` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`identifier`),
    INDEX idx_oauth_access_client (`client_id`),
    INDEX idx_oauth_access_user (`user_id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqoauth_refresh_tokens` (
    `identifier` VARCHAR(100) NOT NULL,
    `access_token_identifier` VARCHAR(100) NOT NULL,
    `revoked` SMALLINT DEFAULT 0,
    `expires_at` TIMESTAMP NOT NULL,
    `created` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`identifier`),
    INDEX idx_oauth_refresh_access (`access_token_identifier`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqnews` (
    `id` INT NOT NULL,
    `lang` VARCHAR(5) NOT NULL,
    `header` VARCHAR(255) NOT NULL,
    `artikel` TEXT NOT NULL,
    `datum` VARCHAR(14) NOT NULL,
    `author_name` VARCHAR(255) NULL,
    `author_email` VARCHAR(255) NULL,
    `active` CHAR(1) DEFAULT 'y',
    `comment` CHAR(1) DEFAULT 'n',
    `link` VARCHAR(255) NULL,
    `linktitel` VARCHAR(255) NULL,
    `target` VARCHAR(255) NOT NULL,
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqcustompages` (
    `id` INT NOT NULL,
    `lang` VARCHAR(5) NOT NULL,
    `page_title` VARCHAR(255) NOT NULL,
    `slug` VARCHAR(255) NOT NULL,
    `content` TEXT NOT NULL,
    `author_name` VARCHAR(255) NOT NULL,
    `author_email` VARCHAR(255) NOT NULL,
    `active` CHAR(1) NOT NULL DEFAULT 'n',
    `created` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    `updated` TIMESTAMP NULL,
    `seo_title` VARCHAR(60) NULL,
    `seo_description` VARCHAR(160) NULL,
    `seo_robots` VARCHAR(50) NOT NULL DEFAULT 'index,follow',
    PRIMARY KEY (`id`, `lang`),
    INDEX idx_custompages_slug (`slug`, `lang`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqjobs` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `queue` VARCHAR(100) NOT NULL DEFAULT 'default',
    `body` TEXT NOT NULL,
    `headers` TEXT NULL,
    `available_at` TIMESTAMP NOT NULL,
    `delivered_at` TIMESTAMP NULL,
    `created` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    INDEX idx_faqjobs_queue_available (`queue`, `available_at`),
    INDEX idx_faqjobs_delivered_at (`delivered_at`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqquestions` (
    `id` INT NOT NULL,
    `lang` VARCHAR(5) NOT NULL,
    `username` VARCHAR(100) NOT NULL,
    `email` VARCHAR(100) NOT NULL,
    `category_id` INT NOT NULL,
    `question` TEXT NOT NULL,
    `created` VARCHAR(20) NOT NULL,
    `is_visible` CHAR(1) DEFAULT 'Y',
    `answer_id` INT NOT NULL DEFAULT 0,
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqquestion_history` (
    `id` INT NOT NULL,
    `question_id` INT NOT NULL,
    `question_lang` VARCHAR(5) NOT NULL,
    `event_type` VARCHAR(20) NOT NULL,
    `user_id` INT NOT NULL DEFAULT -1,
    `username` VARCHAR(100) NOT NULL,
    `faq_id` INT NOT NULL DEFAULT 0,
    `created` VARCHAR(20) NOT NULL,
    PRIMARY KEY (`id`),
    INDEX idx_faqquestion_history (`question_id`, `question_lang`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqright` (
    `right_id` INT NOT NULL,
    `name` VARCHAR(50) NULL,
    `description` TEXT NULL,
    `for_users` INT DEFAULT 1,
    `for_groups` INT DEFAULT 1,
    `for_sections` INT DEFAULT 1,
    PRIMARY KEY (`right_id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqsearches` (
    `id` INT NOT NULL,
    `lang` VARCHAR(5) NOT NULL,
    `searchterm` VARCHAR(255) NOT NULL,
    `searchdate` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`id`, `lang`),
    INDEX idx_faqsearches_searchterm (`searchterm`),
    INDEX idx_faqsearches_date_term (`searchdate`, `searchterm`),
    INDEX idx_faqsearches_date_term_lang (`searchdate`, `searchterm`, `lang`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqsessions` (
    `sid` INT NOT NULL,
    `user_id` INT NOT NULL,
    `ip` VARCHAR(64) NOT NULL,
    `time` INT NOT NULL,
    PRIMARY KEY (`sid`),
    INDEX idx_time (`time`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqtags` (
    `tagging_id` INT NOT NULL,
    `tagging_name` VARCHAR(255) NOT NULL,
    PRIMARY KEY (`tagging_id`, `tagging_name`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faquser` (
    `user_id` INT NOT NULL,
    `login` VARCHAR(128) NOT NULL,
    `session_id` VARCHAR(150) NULL,
    `session_timestamp` INT NULL,
    `ip` VARCHAR(64) NULL,
    `account_status` VARCHAR(50) NULL,
    `last_login` VARCHAR(14) NULL,
    `auth_source` VARCHAR(100) NULL,
    `member_since` VARCHAR(14) NULL,
    `remember_me` VARCHAR(150) NULL,
    `success` SMALLINT DEFAULT 1,
    `is_superadmin` SMALLINT DEFAULT 0,
    `login_attempts` SMALLINT DEFAULT 0,
    `refresh_token` TEXT NULL,
    `access_token` TEXT NULL,
    `code_verifier` VARCHAR(255) NULL,
    `jwt` TEXT NULL,
    `webauthnkeys` TEXT NULL,
    PRIMARY KEY (`user_id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faquserdata` (
    `user_id` INT NOT NULL,
    `last_modified` VARCHAR(14) NULL,
    `display_name` VARCHAR(128) NULL,
    `email` VARCHAR(128) NULL,
    `keycloak_sub` VARCHAR(255) NULL,
    `is_visible` SMALLINT DEFAULT 0,
    `twofactor_enabled` SMALLINT DEFAULT 0,
    `secret` VARCHAR(128) NULL
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faquserlogin` (
    `login` VARCHAR(128) NOT NULL,
    `pass` VARCHAR(80) NULL,
    `domain` VARCHAR(255) NULL,
    PRIMARY KEY (`login`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faquser_group` (
    `user_id` INT NOT NULL,
    `group_id` INT NOT NULL,
    PRIMARY KEY (`user_id`, `group_id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faquser_right` (
    `user_id` INT NOT NULL,
    `right_id` INT NOT NULL,
    PRIMARY KEY (`user_id`, `right_id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqvisits` (
    `id` INT NOT NULL,
    `lang` VARCHAR(5) NOT NULL,
    `visits` INT NOT NULL,
    `last_visit` INT NOT NULL,
    PRIMARY KEY (`id`, `lang`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqvoting` (
    `id` INT NOT NULL,
    `artikel` INT NOT NULL,
    `vote` INT NOT NULL,
    `usr` INT NOT NULL,
    `datum` VARCHAR(20) DEFAULT '',
    `ip` VARCHAR(15) DEFAULT '',
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqchat_messages` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `sender_id` INT NOT NULL,
    `recipient_id` INT NOT NULL,
    `message` TEXT NOT NULL,
    `is_read` TINYINT(1) NOT NULL DEFAULT 0,
    `created_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    INDEX idx_chat_sender (`sender_id`),
    INDEX idx_chat_recipient (`recipient_id`),
    INDEX idx_chat_conversation (`sender_id`, `recipient_id`),
    INDEX idx_chat_created (`created_at`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqpush_subscriptions` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `user_id` INT NOT NULL,
    `endpoint` TEXT NOT NULL,
    `endpoint_hash` VARCHAR(64) NOT NULL,
    `public_key` TEXT NOT NULL,
    `auth_token` TEXT NOT NULL,
    `content_encoding` VARCHAR(50) NULL,
    `created_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    INDEX idx_push_user_id (`user_id`),
    UNIQUE INDEX idx_push_endpoint_hash (`endpoint_hash`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `faqadmindashboard` (
    `user_id` INT NOT NULL,
    `config` TEXT NULL,
    PRIMARY KEY (`user_id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

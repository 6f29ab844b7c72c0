-- ezbookkeeping (self-hosted personal finance / bookkeeping, MaysWind), github.com/mayswind/ezbookkeeping,
-- commit 2e20df861c25a40253ceabbf91a9ee456fc4601b (MIT). The 17 xorm models that `ezbookkeeping database update`
-- synchronises (cmd/database.go; structs in pkg/models/*.go), written as MySQL DDL with xorm's default SnakeMapper
-- (table and column names) and its MySQL type mapping: byte/int16/int32 -> INT(11), int64/uint64 -> BIGINT(20),
-- bool -> TINYINT(1), float64 -> DOUBLE, explicit VARCHAR/TINYINT/SMALLINT/BLOB/MEDIUMBLOB tags as written;
-- PK / UNIQUE tags as keys; non-unique INDEX tags left out. xorm declares no foreign keys.

CREATE TABLE `user` (
  `uid` BIGINT(20) NOT NULL,
  `username` VARCHAR(32) NOT NULL,
  `email` VARCHAR(100) NOT NULL,
  `nickname` VARCHAR(64) NOT NULL,
  `password` VARCHAR(64) NOT NULL,
  `salt` VARCHAR(10) NOT NULL,
  `custom_avatar_type` VARCHAR(10) NULL,
  `default_account_id` BIGINT(20) NULL,
  `use_last_reconciled_time` TINYINT(1) NULL,
  `transaction_edit_scope` TINYINT(4) NOT NULL,
  `language` VARCHAR(10) NULL,
  `default_currency` VARCHAR(3) NOT NULL,
  `first_day_of_week` TINYINT(4) NOT NULL,
  `fiscal_year_start` SMALLINT(6) NULL,
  `calendar_display_type` TINYINT(4) NULL,
  `date_display_type` TINYINT(4) NULL,
  `long_date_format` TINYINT(4) NULL,
  `short_date_format` TINYINT(4) NULL,
  `long_time_format` TINYINT(4) NULL,
  `short_time_format` TINYINT(4) NULL,
  `fiscal_year_format` TINYINT(4) NULL,
  `currency_display_type` TINYINT(4) NULL,
  `numeral_system` TINYINT(4) NULL,
  `decimal_separator` TINYINT(4) NULL,
  `digit_grouping_symbol` TINYINT(4) NULL,
  `digit_grouping` TINYINT(4) NULL,
  `coordinate_display_type` TINYINT(4) NULL,
  `expense_amount_color` TINYINT(4) NULL,
  `income_amount_color` TINYINT(4) NULL,
  `feature_restriction` BIGINT(20) NULL,
  `disabled` TINYINT(1) NULL,
  `deleted` TINYINT(1) NOT NULL,
  `email_verified` TINYINT(1) NOT NULL,
  `created_unix_time` BIGINT(20) NULL,
  `updated_unix_time` BIGINT(20) NULL,
  `deleted_unix_time` BIGINT(20) NULL,
  `last_login_unix_time` BIGINT(20) NULL,
  PRIMARY KEY (`uid`),
  UNIQUE KEY `UQE_user_username` (`username`),
  UNIQUE KEY `UQE_user_email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `two_factor` (
  `uid` BIGINT(20) NOT NULL,
  `secret` VARCHAR(80) NOT NULL,
  `created_unix_time` BIGINT(20) NULL,
  PRIMARY KEY (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `two_factor_recovery_code` (
  `uid` BIGINT(20) NOT NULL,
  `recovery_code` VARCHAR(64) NOT NULL,
  `used` TINYINT(1) NOT NULL,
  `created_unix_time` BIGINT(20) NULL,
  `used_unix_time` BIGINT(20) NULL,
  PRIMARY KEY (`uid`, `recovery_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `token_record` (
  `uid` BIGINT(20) NOT NULL,
  `user_token_id` BIGINT(20) NOT NULL,
  `token_type` TINYINT(4) NOT NULL,
  `secret` VARCHAR(10) NOT NULL,
  `user_agent` VARCHAR(255) NULL,
  `context` BLOB NULL,
  `created_unix_time` BIGINT(20) NOT NULL,
  `expired_unix_time` BIGINT(20) NULL,
  `last_seen_unix_time` BIGINT(20) NULL,
  PRIMARY KEY (`uid`, `user_token_id`, `created_unix_time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account` (
  `account_id` BIGINT(20) NOT NULL,
  `uid` BIGINT(20) NOT NULL,
  `deleted` TINYINT(1) NOT NULL,
  `category` INT(11) NOT NULL,
  `type` INT(11) NOT NULL,
  `parent_account_id` BIGINT(20) NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `display_order` INT(11) NOT NULL,
  `icon` BIGINT(20) NOT NULL,
  `icon_type` INT(11) NULL,
  `color` VARCHAR(6) NOT NULL,
  `currency` VARCHAR(3) NOT NULL,
  `balance` BIGINT(20) NOT NULL,
  `comment` VARCHAR(255) NOT NULL,
  `extend` BLOB NULL,
  `hidden` TINYINT(1) NOT NULL,
  `created_unix_time` BIGINT(20) NULL,
  `updated_unix_time` BIGINT(20) NULL,
  `deleted_unix_time` BIGINT(20) NULL,
  PRIMARY KEY (`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transaction` (
  `transaction_id` BIGINT(20) NOT NULL,
  `uid` BIGINT(20) NOT NULL,
  `deleted` TINYINT(1) NOT NULL,
  `type` INT(11) NOT NULL,
  `category_id` BIGINT(20) NOT NULL,
  `account_id` BIGINT(20) NOT NULL,
  `transaction_time` BIGINT(20) NOT NULL,
  `timezone_utc_offset` INT(11) NOT NULL,
  `amount` BIGINT(20) NOT NULL,
  `related_id` BIGINT(20) NOT NULL,
  `related_account_id` BIGINT(20) NOT NULL,
  `related_account_amount` BIGINT(20) NOT NULL,
  `hide_amount` TINYINT(1) NOT NULL,
  `comment` VARCHAR(255) NOT NULL,
  `geo_longitude` DOUBLE NULL,
  `geo_latitude` DOUBLE NULL,
  `created_ip` VARCHAR(39) NULL,
  `scheduled_created` TINYINT(1) NULL,
  `created_unix_time` BIGINT(20) NULL,
  `updated_unix_time` BIGINT(20) NULL,
  `deleted_unix_time` BIGINT(20) NULL,
  PRIMARY KEY (`transaction_id`),
  UNIQUE KEY `UQE_transaction_uid_time` (`uid`, `transaction_time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transaction_category` (
  `category_id` BIGINT(20) NOT NULL,
  `uid` BIGINT(20) NOT NULL,
  `deleted` TINYINT(1) NOT NULL,
  `type` INT(11) NOT NULL,
  `parent_category_id` BIGINT(20) NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `display_order` INT(11) NOT NULL,
  `icon` BIGINT(20) NOT NULL,
  `icon_type` INT(11) NULL,
  `color` VARCHAR(6) NOT NULL,
  `hidden` TINYINT(1) NOT NULL,
  `comment` VARCHAR(255) NOT NULL,
  `created_unix_time` BIGINT(20) NULL,
  `updated_unix_time` BIGINT(20) NULL,
  `deleted_unix_time` BIGINT(20) NULL,
  PRIMARY KEY (`category_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transaction_tag_group` (
  `tag_group_id` BIGINT(20) NOT NULL,
  `uid` BIGINT(20) NOT NULL,
  `deleted` TINYINT(1) NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `display_order` INT(11) NOT NULL,
  `created_unix_time` BIGINT(20) NULL,
  `updated_unix_time` BIGINT(20) NULL,
  `deleted_unix_time` BIGINT(20) NULL,
  PRIMARY KEY (`tag_group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transaction_tag` (
  `tag_id` BIGINT(20) NOT NULL,
  `uid` BIGINT(20) NOT NULL,
  `deleted` TINYINT(1) NOT NULL,
  `tag_group_id` BIGINT(20) NOT NULL DEFAULT 0,
  `name` VARCHAR(64) NOT NULL,
  `display_order` INT(11) NOT NULL,
  `hidden` TINYINT(1) NOT NULL,
  `created_unix_time` BIGINT(20) NULL,
  `updated_unix_time` BIGINT(20) NULL,
  `deleted_unix_time` BIGINT(20) NULL,
  PRIMARY KEY (`tag_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transaction_tag_index` (
  `tag_index_id` BIGINT(20) NOT NULL,
  `uid` BIGINT(20) NULL,
  `deleted` TINYINT(1) NOT NULL,
  `transaction_time` BIGINT(20) NOT NULL,
  `tag_id` BIGINT(20) NULL,
  `transaction_id` BIGINT(20) NULL,
  `created_unix_time` BIGINT(20) NULL,
  `updated_unix_time` BIGINT(20) NULL,
  `deleted_unix_time` BIGINT(20) NULL,
  PRIMARY KEY (`tag_index_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transaction_template` (
  `template_id` BIGINT(20) NOT NULL,
  `uid` BIGINT(20) NOT NULL,
  `deleted` TINYINT(1) NOT NULL,
  `template_type` INT(11) NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `type` INT(11) NOT NULL,
  `category_id` BIGINT(20) NOT NULL,
  `account_id` BIGINT(20) NOT NULL,
  `scheduled_frequency_type` INT(11) NULL,
  `scheduled_frequency` VARCHAR(100) NULL,
  `scheduled_start_time` BIGINT(20) NULL,
  `scheduled_end_time` BIGINT(20) NULL,
  `scheduled_at` INT(11) NULL,
  `scheduled_timezone_utc_offset` INT(11) NULL,
  `tag_ids` VARCHAR(255) NOT NULL,
  `amount` BIGINT(20) NOT NULL,
  `related_account_id` BIGINT(20) NOT NULL,
  `related_account_amount` BIGINT(20) NOT NULL,
  `hide_amount` TINYINT(1) NOT NULL,
  `comment` VARCHAR(255) NOT NULL,
  `display_order` INT(11) NOT NULL,
  `hidden` TINYINT(1) NOT NULL,
  `created_unix_time` BIGINT(20) NULL,
  `updated_unix_time` BIGINT(20) NULL,
  `deleted_unix_time` BIGINT(20) NULL,
  PRIMARY KEY (`template_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transaction_picture_info` (
  `uid` BIGINT(20) NOT NULL,
  `deleted` TINYINT(1) NOT NULL,
  `transaction_id` BIGINT(20) NOT NULL,
  `picture_id` BIGINT(20) NOT NULL,
  `picture_extension` VARCHAR(10) NOT NULL,
  `created_ip` VARCHAR(39) NULL,
  `created_unix_time` BIGINT(20) NULL,
  `updated_unix_time` BIGINT(20) NULL,
  `deleted_unix_time` BIGINT(20) NULL,
  PRIMARY KEY (`picture_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_custom_icon` (
  `icon_id` BIGINT(20) NOT NULL,
  `uid` BIGINT(20) NOT NULL,
  `deleted` TINYINT(1) NOT NULL,
  `display_order` INT(11) NOT NULL,
  `created_unix_time` BIGINT(20) NULL,
  `updated_unix_time` BIGINT(20) NULL,
  `deleted_unix_time` BIGINT(20) NULL,
  PRIMARY KEY (`icon_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_custom_exchange_rate` (
  `uid` BIGINT(20) NOT NULL,
  `deleted_unix_time` BIGINT(20) NOT NULL,
  `currency` VARCHAR(3) NOT NULL,
  `rate` BIGINT(20) NOT NULL,
  `created_unix_time` BIGINT(20) NULL,
  `updated_unix_time` BIGINT(20) NULL,
  PRIMARY KEY (`uid`, `deleted_unix_time`, `currency`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_application_cloud_setting` (
  `uid` BIGINT(20) NOT NULL,
  `settings` BLOB NULL,
  `updated_unix_time` BIGINT(20) NULL,
  PRIMARY KEY (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_external_auth` (
  `uid` BIGINT(20) NOT NULL,
  `external_auth_type` VARCHAR(32) NOT NULL,
  `external_username` VARCHAR(32) NOT NULL,
  `external_email` VARCHAR(100) NOT NULL,
  `created_unix_time` BIGINT(20) NULL,
  PRIMARY KEY (`uid`, `external_auth_type`),
  UNIQUE KEY `uqe_userexternalauth_authtype_username` (`external_auth_type`, `external_username`),
  UNIQUE KEY `uqe_userexternalauth_authtype_email` (`external_auth_type`, `external_email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `insights_explorer` (
  `explorer_id` BIGINT(20) NOT NULL,
  `uid` BIGINT(20) NOT NULL,
  `deleted` TINYINT(1) NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `display_order` INT(11) NOT NULL,
  `data` MEDIUMBLOB NULL,
  `hidden` TINYINT(1) NOT NULL,
  `created_unix_time` BIGINT(20) NULL,
  `updated_unix_time` BIGINT(20) NULL,
  `deleted_unix_time` BIGINT(20) NULL,
  PRIMARY KEY (`explorer_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


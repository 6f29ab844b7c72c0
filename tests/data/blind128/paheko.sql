-- Paheko (formerly Garradin), association management: members, membership fees ("services"), accounting, e-mails,
-- files, web site. github.com/paheko/paheko src/include/data/schema.sql (-> src/include/migrations/1.3/schema.sql),
-- commit 51fc59bc544c9c9b130e60503ea383ec677f5c26 (version 1.3.22.1), AGPL-3.0. Upstream is SQLite DDL; written here as
-- MySQL DDL (CHECK constraints and most indexes left out; TEXT columns checked as date()/datetime() written DATE/DATETIME;
-- the unique indexes that foreign keys need are kept). The `users` table is created by upstream at install time from config_users_fields (DynamicFields::getSQLSchema):
-- its system columns and the default member fields of users_fields_presets.ini are written out.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `config` (
  `key` VARCHAR(255) NOT NULL,
  `value` TEXT NULL,
  PRIMARY KEY (`key`)
) COMMENT='Configuration, key/value store';

CREATE TABLE `config_users_fields` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `sort_order` INT NOT NULL,
  `type` TEXT NOT NULL,
  `label` TEXT NOT NULL,
  `help` TEXT NULL,
  `required` INT NOT NULL DEFAULT 0,
  `user_access_level` INT NOT NULL DEFAULT 0,
  `management_access_level` INT NOT NULL DEFAULT 1,
  `list_table` INT NOT NULL DEFAULT 0,
  `options` TEXT NULL,
  `default_value` TEXT NULL,
  `sql` TEXT NULL,
  `system` TEXT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY config_users_fields_name (`name`)
);

CREATE TABLE `plugins` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `label` TEXT NOT NULL,
  `description` TEXT NULL,
  `author` TEXT NULL,
  `author_url` TEXT NULL,
  `version` TEXT NOT NULL,
  `menu` INT NOT NULL DEFAULT 0,
  `home_button` INT NOT NULL DEFAULT 0,
  `restrict_section` TEXT NULL,
  `restrict_level` INT NULL,
  `config` TEXT NULL,
  `enabled` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `modules` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `label` TEXT NOT NULL,
  `description` TEXT NULL,
  `author` TEXT NULL,
  `author_url` TEXT NULL,
  `menu` INT NOT NULL DEFAULT 0,
  `home_button` INT NOT NULL DEFAULT 0,
  `restrict_section` TEXT NULL,
  `restrict_level` INT NULL,
  `config` TEXT NULL,
  `enabled` INT NOT NULL DEFAULT 0,
  `web` INT NOT NULL DEFAULT 0,
  `system` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) COMMENT='List of modules';

CREATE TABLE `api_credentials` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `label` TEXT NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `secret` TEXT NOT NULL,
  `created` TEXT NOT NULL,
  `last_use` TEXT NULL,
  `access_level` INT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `searches` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `id_user` INT NULL COMMENT 'If not NULL, then search will only be visible by this user',
  `label` TEXT NOT NULL,
  `description` TEXT NULL,
  `updated` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `target` TEXT NOT NULL COMMENT '"users" ou "accounting"',
  `type` TEXT NOT NULL COMMENT '"json" ou "sql"',
  `content` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id_user`) REFERENCES `users` (`id`) ON DELETE CASCADE
) COMMENT='Saved searches';

CREATE TABLE `compromised_passwords_cache` (
  `hash` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`hash`)
) COMMENT='Cache des hash de mots de passe compromis';

CREATE TABLE `compromised_passwords_cache_ranges` (
  `prefix` VARCHAR(255) NOT NULL,
  `date` INT NOT NULL,
  PRIMARY KEY (`prefix`)
) COMMENT='Cache des préfixes de mots de passe compromis';

CREATE TABLE `emails` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `hash` VARCHAR(255) NOT NULL,
  `verified` INT NOT NULL DEFAULT 0,
  `invalid` INT NOT NULL DEFAULT 0,
  `fail_count` INT NOT NULL DEFAULT 0,
  `sent_count` INT NOT NULL DEFAULT 0,
  `fail_log` TEXT NULL,
  `last_sent` TEXT NULL,
  `accepts_messages` INT NOT NULL DEFAULT 1,
  `accepts_reminders` INT NOT NULL DEFAULT 1,
  `accepts_mailings` INT NOT NULL DEFAULT 1,
  `added` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) COMMENT='List of emails addresses We are not storing actual email addresses here for privacy reasons So that we can keep the record (for opt-out reasons) even when the email address has been removed from the users table';

CREATE TABLE `emails_queue` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `sender` TEXT NULL,
  `recipient` TEXT NOT NULL,
  `recipient_hash` TEXT NOT NULL,
  `recipient_pgp_key` TEXT NULL,
  `subject` TEXT NOT NULL,
  `content` TEXT NOT NULL,
  `content_html` TEXT NULL,
  `sending` INT NOT NULL DEFAULT 0 COMMENT 'Will be changed to 1 when the queue run will start',
  `sending_started` TEXT NULL COMMENT 'Will be filled with the datetime when the email sending was started',
  `context` INT NOT NULL,
  PRIMARY KEY (`id`)
) COMMENT='List of emails waiting to be sent';

CREATE TABLE `emails_queue_attachments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `id_queue` INT NOT NULL,
  `path` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id_queue`) REFERENCES `emails_queue` (`id`) ON DELETE CASCADE
);

CREATE TABLE `mailings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `subject` TEXT NOT NULL,
  `body` TEXT NULL,
  `sender_name` TEXT NULL,
  `sender_email` TEXT NULL,
  `sent` DATETIME NULL,
  `anonymous` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mailings_recipients` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `id_mailing` INT NOT NULL,
  `email` TEXT NULL,
  `id_email` INT NULL COMMENT 'upstream: TEXT NULL REFERENCES emails (id)',
  `extra_data` TEXT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id_mailing`) REFERENCES `mailings` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`id_email`) REFERENCES `emails` (`id`) ON DELETE CASCADE
);

CREATE TABLE `users_categories` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `perm_web` INT NOT NULL DEFAULT 1,
  `perm_documents` INT NOT NULL DEFAULT 1,
  `perm_users` INT NOT NULL DEFAULT 1,
  `perm_accounting` INT NOT NULL DEFAULT 1,
  `perm_subscribe` INT NOT NULL DEFAULT 0,
  `perm_connect` INT NOT NULL DEFAULT 1,
  `perm_config` INT NOT NULL DEFAULT 0,
  `hidden` INT NOT NULL DEFAULT 0,
  `allow_passwordless_login` INT NOT NULL DEFAULT 0,
  `force_otp` INT NOT NULL DEFAULT 0,
  `force_pgp` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) COMMENT='Users categories, mainly used to manage rights';

CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `id_category` INT NOT NULL,
  `date_login` DATETIME NULL,
  `date_updated` DATETIME NULL,
  `otp_secret` TEXT NULL,
  `otp_recovery_codes` TEXT NULL,
  `pgp_key` TEXT NULL,
  `id_parent` INT NULL,
  `is_parent` INT NOT NULL DEFAULT 0,
  `preferences` TEXT NULL,
  `numero` INT NULL COMMENT 'Numéro de membre',
  `nom` TEXT NULL COMMENT 'Nom & prénom',
  `email` TEXT NULL COMMENT 'Adresse E-Mail',
  `password` TEXT NULL COMMENT 'Mot de passe',
  `adresse` TEXT NULL COMMENT 'Adresse postale',
  `code_postal` TEXT NULL COMMENT 'Code postal',
  `ville` TEXT NULL COMMENT 'Ville',
  `telephone` TEXT NULL COMMENT 'Numéro de téléphone',
  `lettre_infos` INT NOT NULL DEFAULT 0 COMMENT 'Inscription à la lettre d''information',
  `date_inscription` DATE NULL COMMENT 'Date d''inscription',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id_category`) REFERENCES `users_categories` (`id`),
  FOREIGN KEY (`id_parent`) REFERENCES `users` (`id`) ON DELETE SET NULL
) COMMENT='Organization users table (members), created dynamically from config_users_fields: system fields + the default fields of a new installation (users_fields_presets.ini, default = true)';

CREATE TABLE `users_sessions` (
  `selector` VARCHAR(255) NOT NULL,
  `hash` TEXT NOT NULL,
  `id_user` INT NULL,
  `expiry` INT NOT NULL,
  PRIMARY KEY (`selector`),
  FOREIGN KEY (`id_user`) REFERENCES `users` (`id`) ON DELETE CASCADE
) COMMENT='Permanent sessions for logged-in users';

CREATE TABLE `logs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `id_user` INT NULL,
  `type` INT NOT NULL,
  `details` TEXT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `ip_address` TEXT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id_user`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `services` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `label` TEXT NOT NULL,
  `description` TEXT NULL,
  `duration` INT NULL COMMENT 'En jours',
  `start_date` DATE NULL,
  `end_date` DATE NULL,
  `archived` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) COMMENT='Services types (French: cotisations)';

CREATE TABLE `services_fees` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `label` TEXT NOT NULL,
  `description` TEXT NULL,
  `amount` INT NULL,
  `formula` TEXT NULL COMMENT 'Formula to calculate fee amount dynamically (this contains a SQL statement)',
  `id_service` INT NOT NULL,
  `id_account` INT NULL COMMENT 'NULL if fee is not linked to accounting, this is reset using a trigger if the year is deleted',
  `id_year` INT NULL COMMENT 'NULL if fee is not linked to accounting',
  `id_project` INT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id_service`) REFERENCES `services` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`id_account`) REFERENCES `acc_accounts` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`id_year`) REFERENCES `acc_years` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`id_project`) REFERENCES `acc_projects` (`id`) ON DELETE SET NULL
) COMMENT='Services fees';

CREATE TABLE `services_users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `id_user` INT NOT NULL,
  `id_service` INT NOT NULL,
  `id_fee` INT NULL COMMENT 'This can be NULL if there is no fee for the service',
  `paid` INT NOT NULL DEFAULT 0,
  `expected_amount` INT NULL,
  `date` DATE NOT NULL,
  `expiry_date` DATE NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id_user`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`id_service`) REFERENCES `services` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`id_fee`) REFERENCES `services_fees` (`id`) ON DELETE CASCADE
) COMMENT='Records of services and fees linked to users';

CREATE TABLE `services_reminders` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `id_service` INT NOT NULL,
  `delay` INT NOT NULL COMMENT 'Delay in days before or after expiry date',
  `subject` TEXT NOT NULL,
  `body` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id_service`) REFERENCES `services` (`id`) ON DELETE CASCADE
) COMMENT='Reminders for service expiry';

CREATE TABLE `services_reminders_sent` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `id_user` INT NOT NULL,
  `id_service` INT NOT NULL,
  `id_reminder` INT NOT NULL,
  `sent_date` DATE NOT NULL,
  `due_date` DATE NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id_user`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`id_service`) REFERENCES `services` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`id_reminder`) REFERENCES `services_reminders` (`id`) ON DELETE CASCADE
) COMMENT='Records of sent reminders, to keep track';

CREATE TABLE `acc_charts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `country` TEXT NULL,
  `code` TEXT NULL COMMENT 'the code is NULL if the chart is user-created or imported',
  `label` TEXT NOT NULL,
  `archived` INT NOT NULL DEFAULT 0 COMMENT '1 = archived, cannot be changed',
  PRIMARY KEY (`id`)
) COMMENT='Accounting charts (plans comptables)';

CREATE TABLE `acc_accounts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `id_chart` INT NOT NULL,
  `code` VARCHAR(255) NOT NULL COMMENT 'can contain numbers and letters, eg. 53A, 53B...',
  `label` TEXT NOT NULL,
  `description` TEXT NULL,
  `position` INT NOT NULL COMMENT 'position in the balance sheet (position actif/passif/charge/produit)',
  `type` INT NOT NULL DEFAULT 0 COMMENT 'type (category) of favourite account: bank, cash, third party, etc.',
  `user` INT NOT NULL DEFAULT 1 COMMENT '0 = is part of the original chart, 1 = has been added by the user',
  `bookmark` INT NOT NULL DEFAULT 0 COMMENT '1 = is marked as favorite',
  `archived` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id_chart`) REFERENCES `acc_charts` (`id`) ON DELETE CASCADE
) COMMENT='Accounts of the charts (comptes)';

CREATE TABLE `acc_projects` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` TEXT NULL,
  `label` TEXT NOT NULL,
  `description` TEXT NULL,
  `archived` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) COMMENT='Analytical projects';

CREATE TABLE `acc_years` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `label` TEXT NOT NULL,
  `start_date` DATE NOT NULL,
  `end_date` DATE NOT NULL,
  `status` INT NOT NULL DEFAULT 0 COMMENT '0 = open, 1 = closed, 2 = locked',
  `id_chart` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id_chart`) REFERENCES `acc_charts` (`id`)
) COMMENT='Years (exercices)';

CREATE TABLE `acc_years_provisional` (
  `id_year` INT NOT NULL,
  `id_account` INT NOT NULL,
  `amount` INT NOT NULL,
  FOREIGN KEY (`id_year`) REFERENCES `acc_years` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`id_account`) REFERENCES `acc_accounts` (`id`) ON DELETE CASCADE
) COMMENT='Provisional (prévisionnel)';

CREATE TABLE `acc_letters` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `id_year` INT NOT NULL,
  `letter` VARCHAR(255) NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY (id_year, letter),
  FOREIGN KEY (`id_year`) REFERENCES `acc_years` (`id`) ON DELETE CASCADE
);

CREATE TABLE `acc_transactions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type` INT NOT NULL DEFAULT 0 COMMENT 'Transaction type, zero is advanced',
  `status` INT NOT NULL DEFAULT 0 COMMENT 'Status (bitmask)',
  `label` TEXT NOT NULL,
  `notes` TEXT NULL,
  `reference` TEXT NULL COMMENT 'N° de pièce comptable',
  `date` DATE NOT NULL,
  `hash` TEXT NULL,
  `prev_id` INT NULL,
  `prev_hash` TEXT NULL,
  `id_year` INT NOT NULL,
  `id_creator` INT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`prev_id`) REFERENCES `acc_transactions` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`id_year`) REFERENCES `acc_years` (`id`),
  FOREIGN KEY (`id_creator`) REFERENCES `users` (`id`) ON DELETE SET NULL
) COMMENT='Transactions (écritures comptables)';

CREATE TABLE `acc_transactions_lines` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `id_transaction` INT NOT NULL,
  `id_account` INT NOT NULL,
  `credit` INT NOT NULL,
  `debit` INT NOT NULL,
  `reference` TEXT NULL COMMENT 'Usually a payment reference (par exemple numéro de chèque)',
  `label` TEXT NULL,
  `reconciled` INT NOT NULL DEFAULT 0,
  `id_project` INT NULL,
  `id_letter` INT NULL,
  `status` INT NOT NULL DEFAULT 0 COMMENT 'bitmask',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id_transaction`) REFERENCES `acc_transactions` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`id_account`) REFERENCES `acc_accounts` (`id`),
  FOREIGN KEY (`id_project`) REFERENCES `acc_projects` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`id_letter`) REFERENCES `acc_letters` (`id`) ON DELETE SET NULL
) COMMENT='Transactions lines (lignes des écritures)';

CREATE TABLE `acc_transactions_links` (
  `id_transaction` INT NOT NULL,
  `id_related` INT NOT NULL,
  PRIMARY KEY (id_transaction, id_related),
  FOREIGN KEY (`id_transaction`) REFERENCES `acc_transactions` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`id_related`) REFERENCES `acc_transactions` (`id`) ON DELETE CASCADE
);

CREATE TABLE `acc_transactions_users` (
  `id_user` INT NOT NULL,
  `id_transaction` INT NOT NULL,
  `id_service_user` INT NULL,
  PRIMARY KEY (id_user, id_transaction, id_service_user),
  FOREIGN KEY (`id_user`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`id_transaction`) REFERENCES `acc_transactions` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`id_service_user`) REFERENCES `services_users` (`id`) ON DELETE CASCADE
) COMMENT='Linking transactions and users';

CREATE TABLE `files` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `hash_id` VARCHAR(255) NOT NULL,
  `path` VARCHAR(255) NOT NULL,
  `parent` VARCHAR(255) NULL,
  `name` TEXT NOT NULL COMMENT 'File name',
  `type` INT NOT NULL COMMENT 'File type, 1 = file, 2 = directory',
  `mime` TEXT NULL,
  `size` INT NULL,
  `modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `image` INT NOT NULL DEFAULT 0,
  `md5` TEXT NULL,
  `trash` DATETIME NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY files_unique (`path`),
  FOREIGN KEY (`parent`) REFERENCES `files` (`path`) ON DELETE CASCADE ON UPDATE CASCADE
) COMMENT='Files metadata';

CREATE TABLE `files_shares` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `id_file` INT NOT NULL,
  `id_user` INT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `hash_id` VARCHAR(255) NOT NULL,
  `option` INT NOT NULL,
  `expiry` DATETIME NULL,
  `password` TEXT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id_file`) REFERENCES `files` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`id_user`) REFERENCES `users` (`id`) ON DELETE CASCADE
) COMMENT='Sharing links for files';

CREATE TABLE `acc_transactions_files` (
  `id_file` INT NOT NULL,
  `id_transaction` INT NOT NULL,
  PRIMARY KEY (`id_file`),
  FOREIGN KEY (`id_file`) REFERENCES `files` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`id_transaction`) REFERENCES `acc_transactions` (`id`) ON DELETE CASCADE
) COMMENT='Link between transactions and files';

CREATE TABLE `users_files` (
  `id_file` INT NOT NULL,
  `id_user` INT NOT NULL,
  `field` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id_file`),
  FOREIGN KEY (`id_file`) REFERENCES `files` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`id_user`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`field`) REFERENCES `config_users_fields` (`name`) ON DELETE CASCADE
) COMMENT='Link between users and files';

CREATE TABLE `web_pages` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `id_parent` INT NULL,
  `uri` VARCHAR(255) NOT NULL COMMENT 'Page identifier',
  `type` INT NOT NULL COMMENT '1 = Category, 2 = Page',
  `status` INT NOT NULL,
  `inherited_status` INT NOT NULL,
  `format` TEXT NOT NULL,
  `published` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `title` TEXT NOT NULL,
  `content` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id_parent`) REFERENCES `web_pages` (`id`) ON DELETE CASCADE
);

CREATE TABLE `web_pages_versions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `id_page` INT NOT NULL,
  `id_user` INT NULL,
  `date` DATETIME NOT NULL,
  `size` INT NOT NULL,
  `changes` INT NOT NULL,
  `content` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id_page`) REFERENCES `web_pages` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`id_user`) REFERENCES `users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `web_suspicious_clients` (
  `ip` VARCHAR(255) NOT NULL,
  `expiry` DATETIME NOT NULL,
  UNIQUE KEY (ip)
);

SET FOREIGN_KEY_CHECKS=1;

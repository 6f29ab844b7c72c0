-- Zidisha (zidisha2), app/config/propel/schema.xml (Propel 2.0.0-alpha3) converted to MySQL DDL; see zidisha.md
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `users`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `username` VARCHAR(20) NOT NULL,
    `email` VARCHAR(100),
    `password` VARCHAR(60),
    `salt` VARCHAR(60),
    `profile_picture_id` INTEGER,
    `facebook_id` VARCHAR(255),
    `google_id` VARCHAR(255),
    `google_picture` TEXT,
    `remember_token` VARCHAR(100),
    `role` TINYINT COMMENT 'Propel ENUM (lender, borrower, partner, admin) stored as its index',
    `sub_role` TINYINT COMMENT 'Propel ENUM (volunteer, volunteerMentor) stored as its index',
    `joined_at` DATETIME NOT NULL,
    `last_login_at` DATETIME NOT NULL,
    `active` TINYINT(1) DEFAULT 1,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `users_fk_1` FOREIGN KEY (`profile_picture_id`) REFERENCES `uploads` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `loan_categories`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `name` VARCHAR(100) NOT NULL,
    `slug` VARCHAR(100) NOT NULL,
    `what_description` TEXT,
    `why_description` TEXT,
    `how_description` TEXT,
    `admin_only` TINYINT(1) DEFAULT 0,
    `sortable_rank` INTEGER,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `countries`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `name` VARCHAR(100) NOT NULL,
    `slug` VARCHAR(100) NOT NULL,
    `capital` VARCHAR(100),
    `continent_code` VARCHAR(2) NOT NULL,
    `country_code` VARCHAR(2) NOT NULL,
    `dialing_code` VARCHAR(4) NOT NULL,
    `phone_number_length` INTEGER,
    `currency_code` VARCHAR(3),
    `borrower_country` TINYINT(1),
    `registration_fee` DECIMAL(10,2) DEFAULT 0.00,
    `installment_period` TINYINT COMMENT 'Propel ENUM (monthly, weekly) stored as its index',
    `installment_amount_step` DECIMAL(10,2) DEFAULT 0.00,
    `loan_amount_step` DECIMAL(10,2) DEFAULT 0.00,
    `repayment_instructions` TEXT,
    `accept_bids_note` TEXT,
    `language_code` VARCHAR(2),
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    KEY `name` (`name`),
    KEY `country_code` (`country_code`),
    CONSTRAINT `countries_fk_1` FOREIGN KEY (`language_code`) REFERENCES `languages` (`language_code`)
) ENGINE=InnoDB;

CREATE TABLE `loans`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `borrower_id` INTEGER,
    `summary` TEXT,
    `summary_translation` TEXT,
    `proposal` TEXT,
    `proposal_translation` TEXT,
    `amount` DECIMAL(10,2),
    `total_amount` DECIMAL(10,2),
    `paid_amount` DECIMAL(10,2),
    `usd_amount` DECIMAL(10,2) NOT NULL,
    `installment_day` INTEGER,
    `max_interest_rate` DECIMAL(5,2),
    `lender_interest_rate` DECIMAL(5,2),
    `category_id` INTEGER,
    `secondary_category_id` INTEGER,
    `status` TINYINT COMMENT 'Propel ENUM (0, 1, 2, 3, 4, 5, 6, 7) stored as its index',
    `applied_at` DATETIME NOT NULL,
    `accepted_at` DATETIME,
    `expired_at` DATETIME,
    `defaulted_at` DATETIME,
    `canceled_at` DATETIME,
    `repaid_at` DATETIME,
    `authorized_at` DATETIME,
    `authorized_amount` DECIMAL(10,2),
    `disbursed_at` DATETIME,
    `disbursed_amount` DECIMAL(10,2),
    `forgiven_amount` DECIMAL(10,2),
    `registration_fee` DECIMAL(10,2) DEFAULT 0.00,
    `raised_usd_amount` DECIMAL(10,2),
    `raised_percentage` DECIMAL(5,2),
    `paid_percentage` DECIMAL(5,2),
    `service_fee_rate` DECIMAL(5,2),
    `extra_days` INTEGER,
    `currency_code` VARCHAR(3) NOT NULL,
    `installment_period` TINYINT COMMENT 'Propel ENUM (monthly, weekly) stored as its index',
    `period` INTEGER,
    `original_period` INTEGER,
    `accept_bids_note` TEXT,
    `sift_science_score` DECIMAL(3,2),
    `deleted_by_admin` TINYINT(1) NOT NULL,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `loans_fk_1` FOREIGN KEY (`category_id`) REFERENCES `loan_categories` (`id`),
    CONSTRAINT `loans_fk_2` FOREIGN KEY (`secondary_category_id`) REFERENCES `loan_categories` (`id`),
    CONSTRAINT `loans_fk_3` FOREIGN KEY (`borrower_id`) REFERENCES `borrowers` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `loan_bids`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `loan_id` INTEGER NOT NULL,
    `lender_id` INTEGER NOT NULL,
    `borrower_id` INTEGER NOT NULL,
    `bid_amount` DECIMAL(10,2) NOT NULL,
    `interest_rate` DECIMAL(5,2) NOT NULL,
    `active` TINYINT(1) NOT NULL DEFAULT 0,
    `accepted_amount` DECIMAL(10,2) NOT NULL DEFAULT 0.00,
    `bid_at` DATETIME NOT NULL,
    `is_lender_invite_credit` TINYINT(1) NOT NULL DEFAULT 0,
    `is_automated_lending` TINYINT(1) NOT NULL DEFAULT 0,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `loan_bids_fk_1` FOREIGN KEY (`lender_id`) REFERENCES `lenders` (`id`),
    CONSTRAINT `loan_bids_fk_2` FOREIGN KEY (`borrower_id`) REFERENCES `borrowers` (`id`),
    CONSTRAINT `loan_bids_fk_3` FOREIGN KEY (`loan_id`) REFERENCES `loans` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `admin_notes`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `user_id` INTEGER NOT NULL,
    `loan_id` INTEGER,
    `borrower_id` INTEGER,
    `note` TEXT NOT NULL,
    `type` TINYINT NOT NULL COMMENT 'Propel ENUM (disbursement, VMNote) stored as its index',
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `admin_notes_fk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
    CONSTRAINT `admin_notes_fk_2` FOREIGN KEY (`loan_id`) REFERENCES `loans` (`id`),
    CONSTRAINT `admin_notes_fk_3` FOREIGN KEY (`borrower_id`) REFERENCES `borrowers` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `password_reminders`
(
    `email` VARCHAR(100) NOT NULL,
    `token` VARCHAR(100) NOT NULL,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    KEY `email` (`email`),
    KEY `token` (`token`)
) ENGINE=InnoDB;

CREATE TABLE `lenders`
(
    `id` INTEGER NOT NULL,
    `country_id` INTEGER NOT NULL,
    `first_name` VARCHAR(50),
    `last_name` VARCHAR(50),
    `admin_donate` TINYINT(1) DEFAULT 0,
    `active` TINYINT(1) DEFAULT 1,
    `last_check_in_email` DATE,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `lenders_fk_1` FOREIGN KEY (`id`) REFERENCES `users` (`id`),
    CONSTRAINT `lenders_fk_2` FOREIGN KEY (`country_id`) REFERENCES `countries` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `borrowers`
(
    `id` INTEGER NOT NULL,
    `country_id` INTEGER NOT NULL,
    `first_name` VARCHAR(50) NOT NULL,
    `last_name` VARCHAR(50) NOT NULL,
    `active_loan_id` INTEGER,
    `last_loan_id` INTEGER,
    `loan_status` TINYINT COMMENT 'Propel ENUM (0, 1, 2, 3, 4, 5, 6, 7) stored as its index',
    `active` TINYINT(1) DEFAULT 1,
    `volunteer_mentor_id` INTEGER,
    `referrer_id` INTEGER,
    `verified` TINYINT(1) DEFAULT 0,
    `activation_status` TINYINT COMMENT 'Propel ENUM (pending, incomplete, reviewed, approved, declined) stored as its index',
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `borrowers_fk_1` FOREIGN KEY (`referrer_id`) REFERENCES `borrowers` (`id`),
    CONSTRAINT `borrowers_fk_2` FOREIGN KEY (`id`) REFERENCES `users` (`id`),
    CONSTRAINT `borrowers_fk_3` FOREIGN KEY (`country_id`) REFERENCES `countries` (`id`),
    CONSTRAINT `borrowers_fk_4` FOREIGN KEY (`active_loan_id`) REFERENCES `loans` (`id`),
    CONSTRAINT `borrowers_fk_5` FOREIGN KEY (`last_loan_id`) REFERENCES `loans` (`id`),
    CONSTRAINT `borrowers_fk_6` FOREIGN KEY (`volunteer_mentor_id`) REFERENCES `volunteer_mentors` (`borrower_id`)
) ENGINE=InnoDB;

CREATE TABLE `borrower_profiles`
(
    `borrower_id` INTEGER NOT NULL,
    `about_me` TEXT,
    `about_me_translation` TEXT,
    `about_business` TEXT,
    `about_business_translation` TEXT,
    `address` TEXT NOT NULL,
    `address_instructions` TEXT NOT NULL,
    `city` VARCHAR(100) NOT NULL,
    `referred_by` VARCHAR(100),
    `national_id_number` VARCHAR(100) NOT NULL,
    `phone_number` VARCHAR(45) NOT NULL,
    `alternate_phone_number` VARCHAR(45) NOT NULL,
    `business_category_id` INTEGER,
    `business_years` TINYINT COMMENT 'Propel ENUM (0,1,2,3,4) stored as its index',
    `loan_usage` TINYINT COMMENT 'Propel ENUM (0,1,2,3,4,5,6,7) stored as its index',
    `birth_date` DATETIME,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`borrower_id`),
    CONSTRAINT `borrower_profiles_fk_1` FOREIGN KEY (`borrower_id`) REFERENCES `borrowers` (`id`),
    CONSTRAINT `borrower_profiles_fk_2` FOREIGN KEY (`business_category_id`) REFERENCES `loan_categories` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `lender_profiles`
(
    `lender_id` INTEGER NOT NULL,
    `city` VARCHAR(100),
    `about_me` TEXT,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`lender_id`),
    CONSTRAINT `lender_profiles_fk_1` FOREIGN KEY (`lender_id`) REFERENCES `lenders` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `loan_stages`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `loan_id` INTEGER NOT NULL,
    `borrower_id` INTEGER NOT NULL,
    `status` TINYINT NOT NULL COMMENT 'Propel ENUM (0, 1, 2, 3, 4, 5, 6, 7) stored as its index',
    `start_date` DATETIME NOT NULL,
    `end_date` DATETIME,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `loan_stages_fk_1` FOREIGN KEY (`loan_id`) REFERENCES `loans` (`id`),
    CONSTRAINT `loan_stages_fk_2` FOREIGN KEY (`borrower_id`) REFERENCES `borrowers` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `transactions`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `user_id` INTEGER NOT NULL,
    `amount` DECIMAL(12,4) NOT NULL,
    `description` VARCHAR(100) NOT NULL,
    `loan_id` INTEGER,
    `transaction_date` DATETIME NOT NULL,
    `exchange_rate` DECIMAL(10,4),
    `type` TINYINT NOT NULL COMMENT 'Propel ENUM (0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19) stored as its index',
    `sub_type` TINYINT COMMENT 'Propel ENUM (0,1,2,3,4,5,6,7,8,9,10,11,12,13,14) stored as its index',
    `loan_bid_id` INTEGER,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    KEY `loan_id` (`loan_id`),
    KEY `user_id` (`user_id`),
    KEY `loan_bid_id` (`loan_bid_id`),
    KEY `transaction_date` (`transaction_date`),
    KEY `type` (`type`),
    KEY `sub_type` (`sub_type`),
    CONSTRAINT `transactions_fk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
    CONSTRAINT `transactions_fk_2` FOREIGN KEY (`loan_id`) REFERENCES `loans` (`id`),
    CONSTRAINT `transactions_fk_3` FOREIGN KEY (`loan_bid_id`) REFERENCES `loan_bids` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `comments`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `user_id` INTEGER,
    `message` TEXT,
    `message_translation` TEXT,
    `translator_id` INTEGER,
    `parent_id` INTEGER,
    `root_id` INTEGER,
    `level` INTEGER NOT NULL,
    `removed` TINYINT(1) DEFAULT 0,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `comments_fk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
    CONSTRAINT `comments_fk_2` FOREIGN KEY (`translator_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `borrower_comments`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `user_id` INTEGER,
    `message` TEXT,
    `message_translation` TEXT,
    `translator_id` INTEGER,
    `parent_id` INTEGER,
    `root_id` INTEGER,
    `level` INTEGER NOT NULL,
    `removed` TINYINT(1) DEFAULT 0,
    `borrower_id` INTEGER NOT NULL,
    `published` TINYINT(1) DEFAULT 0,
    `reschedule_id` INTEGER,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `borrower_comments_fk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
    CONSTRAINT `borrower_comments_fk_2` FOREIGN KEY (`translator_id`) REFERENCES `users` (`id`),
    CONSTRAINT `borrower_comments_fk_3` FOREIGN KEY (`borrower_id`) REFERENCES `borrowers` (`id`),
    CONSTRAINT `borrower_comments_fk_4` FOREIGN KEY (`parent_id`) REFERENCES `borrower_comments` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `lending_group_comments`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `user_id` INTEGER,
    `message` TEXT,
    `message_translation` TEXT,
    `translator_id` INTEGER,
    `parent_id` INTEGER,
    `root_id` INTEGER,
    `level` INTEGER NOT NULL,
    `removed` TINYINT(1) DEFAULT 0,
    `lending_group_id` INTEGER NOT NULL,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `lending_group_comments_fk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
    CONSTRAINT `lending_group_comments_fk_2` FOREIGN KEY (`translator_id`) REFERENCES `users` (`id`),
    CONSTRAINT `lending_group_comments_fk_3` FOREIGN KEY (`lending_group_id`) REFERENCES `lending_groups` (`id`),
    CONSTRAINT `lending_group_comments_fk_4` FOREIGN KEY (`parent_id`) REFERENCES `lending_group_comments` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `loan_feedback_comments`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `user_id` INTEGER,
    `message` TEXT,
    `message_translation` TEXT,
    `translator_id` INTEGER,
    `parent_id` INTEGER,
    `root_id` INTEGER,
    `level` INTEGER NOT NULL,
    `removed` TINYINT(1) DEFAULT 0,
    `loan_id` INTEGER NOT NULL,
    `rating` TINYINT COMMENT 'Propel ENUM (positive,negative,neutral) stored as its index',
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `loan_feedback_comments_fk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
    CONSTRAINT `loan_feedback_comments_fk_2` FOREIGN KEY (`translator_id`) REFERENCES `users` (`id`),
    CONSTRAINT `loan_feedback_comments_fk_3` FOREIGN KEY (`loan_id`) REFERENCES `loans` (`id`),
    CONSTRAINT `loan_feedback_comments_fk_4` FOREIGN KEY (`parent_id`) REFERENCES `loan_feedback_comments` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `uploads`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `file_name` VARCHAR(255) NOT NULL,
    `extension` VARCHAR(255) NOT NULL,
    `user_id` INTEGER NOT NULL,
    `type` VARCHAR(255) NOT NULL,
    `mime_type` VARCHAR(255) NOT NULL,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `uploads_fk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `borrower_comment_uploads`
(
    `comment_id` INTEGER NOT NULL,
    `upload_id` INTEGER NOT NULL,
    PRIMARY KEY (`comment_id`, `upload_id`),
    CONSTRAINT `borrower_comment_uploads_fk_1` FOREIGN KEY (`comment_id`) REFERENCES `borrower_comments` (`id`),
    CONSTRAINT `borrower_comment_uploads_fk_2` FOREIGN KEY (`upload_id`) REFERENCES `uploads` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `lending_group_comment_uploads`
(
    `comment_id` INTEGER NOT NULL,
    `upload_id` INTEGER NOT NULL,
    PRIMARY KEY (`comment_id`, `upload_id`),
    CONSTRAINT `lending_group_comment_uploads_fk_1` FOREIGN KEY (`comment_id`) REFERENCES `lending_group_comments` (`id`),
    CONSTRAINT `lending_group_comment_uploads_fk_2` FOREIGN KEY (`upload_id`) REFERENCES `uploads` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `borrower_uploads`
(
    `borrower_id` INTEGER NOT NULL,
    `upload_id` INTEGER NOT NULL,
    PRIMARY KEY (`borrower_id`, `upload_id`),
    CONSTRAINT `borrower_uploads_fk_1` FOREIGN KEY (`borrower_id`) REFERENCES `borrowers` (`id`),
    CONSTRAINT `borrower_uploads_fk_2` FOREIGN KEY (`upload_id`) REFERENCES `uploads` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `exchange_rates`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `rate` DECIMAL(10,5) NOT NULL,
    `start_date` DATETIME,
    `end_date` DATETIME,
    `currency_code` VARCHAR(3) NOT NULL,
    PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `settings`
(
    `name` VARCHAR(128) NOT NULL,
    `value` VARCHAR(255) NOT NULL DEFAULT '0',
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`name`)
) ENGINE=InnoDB;

CREATE TABLE `installments`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `borrower_id` INTEGER NOT NULL,
    `loan_id` INTEGER NOT NULL,
    `due_date` DATETIME,
    `amount` DECIMAL(10,2),
    `paid_date` DATETIME,
    `paid_amount` DECIMAL(10,2),
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `installments_fk_1` FOREIGN KEY (`loan_id`) REFERENCES `loans` (`id`),
    CONSTRAINT `installments_fk_2` FOREIGN KEY (`borrower_id`) REFERENCES `borrowers` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `installment_payments`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `installment_id` INTEGER NOT NULL,
    `borrower_id` INTEGER NOT NULL,
    `loan_id` INTEGER NOT NULL,
    `paid_date` DATETIME NOT NULL,
    `paid_amount` DECIMAL(15,4) NOT NULL,
    `exchange_rate_id` INTEGER NOT NULL,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    KEY `loan_borrower` (`loan_id`, `borrower_id`),
    CONSTRAINT `installment_payments_fk_1` FOREIGN KEY (`loan_id`) REFERENCES `loans` (`id`),
    CONSTRAINT `installment_payments_fk_2` FOREIGN KEY (`borrower_id`) REFERENCES `borrowers` (`id`),
    CONSTRAINT `installment_payments_fk_3` FOREIGN KEY (`installment_id`) REFERENCES `installments` (`id`),
    CONSTRAINT `installment_payments_fk_4` FOREIGN KEY (`exchange_rate_id`) REFERENCES `exchange_rates` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `borrower_payments`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `country_code` VARCHAR(2) NOT NULL,
    `receipt` VARCHAR(32) NOT NULL,
    `date` DATETIME NOT NULL,
    `amount` DECIMAL(10,2) NOT NULL,
    `borrower_id` INTEGER,
    `status` TINYINT NOT NULL,
    `phone` VARCHAR(45) NOT NULL,
    `details` TEXT NOT NULL,
    `error` TEXT,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `borrower_payments_fk_1` FOREIGN KEY (`borrower_id`) REFERENCES `borrowers` (`id`),
    CONSTRAINT `borrower_payments_fk_2` FOREIGN KEY (`country_code`) REFERENCES `countries` (`country_code`)
) ENGINE=InnoDB;

CREATE TABLE `lender_invites`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `lender_id` INTEGER NOT NULL,
    `email` VARCHAR(100) NOT NULL,
    `invited` TINYINT(1) DEFAULT 1,
    `hash` VARCHAR(40),
    `invitee_id` INTEGER,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `lender_invites_fk_1` FOREIGN KEY (`lender_id`) REFERENCES `lenders` (`id`),
    CONSTRAINT `lender_invites_fk_2` FOREIGN KEY (`invitee_id`) REFERENCES `lenders` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `lender_invite_visits`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `lender_id` INTEGER NOT NULL,
    `lender_invite_id` INTEGER,
    `share_type` TINYINT,
    `http_referer` TEXT,
    `ip_address` VARCHAR(255),
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `lender_invite_visits_fk_1` FOREIGN KEY (`lender_id`) REFERENCES `lenders` (`id`),
    CONSTRAINT `lender_invite_visits_fk_2` FOREIGN KEY (`lender_invite_id`) REFERENCES `lender_invites` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `lender_invite_transactions`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `lender_id` INTEGER NOT NULL,
    `amount` DECIMAL(12,4) NOT NULL,
    `description` VARCHAR(100) NOT NULL,
    `transaction_date` DATETIME NOT NULL,
    `type` TINYINT NOT NULL COMMENT 'Propel ENUM (0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19) stored as its index',
    `loan_id` INTEGER,
    `loan_bid_id` INTEGER,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    KEY `lender_id` (`lender_id`),
    KEY `transaction_date` (`transaction_date`),
    KEY `type` (`type`),
    CONSTRAINT `lender_invite_transactions_fk_1` FOREIGN KEY (`lender_id`) REFERENCES `lenders` (`id`),
    CONSTRAINT `lender_invite_transactions_fk_2` FOREIGN KEY (`loan_id`) REFERENCES `loans` (`id`),
    CONSTRAINT `lender_invite_transactions_fk_3` FOREIGN KEY (`loan_bid_id`) REFERENCES `loan_bids` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `paypal_ipn_log`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `log` VARCHAR(255) NOT NULL,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `paypal_transactions`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `transaction_id` VARCHAR(255) DEFAULT 'null',
    `transaction_type` VARCHAR(255),
    `amount` DECIMAL(10,2) NOT NULL,
    `donation_amount` DECIMAL(10,2) NOT NULL,
    `paypal_transaction_fee` DECIMAL(10,2) NOT NULL,
    `total_amount` DECIMAL(10,2) NOT NULL,
    `status` VARCHAR(100) NOT NULL,
    `custom` VARCHAR(255) NOT NULL,
    `token` VARCHAR(255),
    `payment_id` INTEGER,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `paypal_transactions_fk_1` FOREIGN KEY (`payment_id`) REFERENCES `payments` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `stripe_transactions`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `stripe_id` VARCHAR(255),
    `amount` DECIMAL(10,2) NOT NULL,
    `donation_amount` DECIMAL(10,2) NOT NULL,
    `transaction_fee` DECIMAL(10,2) NOT NULL,
    `total_amount` DECIMAL(10,2) NOT NULL,
    `status` VARCHAR(100) NOT NULL,
    `payment_id` INTEGER,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `stripe_transactions_fk_1` FOREIGN KEY (`payment_id`) REFERENCES `payments` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `stripe_logs`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `log` VARCHAR(255),
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `payments`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `credit_amount` DECIMAL(10,2) NOT NULL,
    `amount` DECIMAL(10,2) NOT NULL,
    `donation_amount` DECIMAL(10,2) NOT NULL,
    `donation_credit_amount` DECIMAL(10,2) NOT NULL,
    `transaction_fee` DECIMAL(10,2) NOT NULL,
    `total_amount` DECIMAL(10,2) NOT NULL,
    `payment_method` VARCHAR(255) NOT NULL,
    `lender_id` INTEGER NOT NULL,
    `loan_id` INTEGER,
    `interest_rate` DECIMAL(5,2),
    `is_lender_invite_credit` TINYINT(1),
    `gift_card_transaction_id` INTEGER,
    `class_key` INTEGER,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `payments_fk_1` FOREIGN KEY (`lender_id`) REFERENCES `lenders` (`id`),
    CONSTRAINT `payments_fk_2` FOREIGN KEY (`loan_id`) REFERENCES `loans` (`id`),
    CONSTRAINT `payments_fk_3` FOREIGN KEY (`gift_card_transaction_id`) REFERENCES `gift_card_transactions` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `gift_cards`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `lender_id` INTEGER,
    `template` INTEGER,
    `order_type` VARCHAR(10) NOT NULL,
    `card_amount` DECIMAL(10,2) NOT NULL,
    `recipient_email` VARCHAR(50),
    `confirmation_email` VARCHAR(50),
    `recipient_name` VARCHAR(50),
    `from_name` VARCHAR(50),
    `message` TEXT,
    `date` DATETIME,
    `expire_date` DATETIME,
    `card_code` VARCHAR(20),
    `status` TINYINT(1) DEFAULT 0,
    `claimed` TINYINT(1) DEFAULT 0,
    `recipient_id` INTEGER,
    `donated` TINYINT(1) DEFAULT 0,
    `gift_card_transaction_id` INTEGER,
    PRIMARY KEY (`id`),
    CONSTRAINT `gift_cards_fk_1` FOREIGN KEY (`lender_id`) REFERENCES `lenders` (`id`),
    CONSTRAINT `gift_cards_fk_2` FOREIGN KEY (`recipient_id`) REFERENCES `lenders` (`id`),
    CONSTRAINT `gift_cards_fk_3` FOREIGN KEY (`gift_card_transaction_id`) REFERENCES `gift_card_transactions` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `gift_card_transactions`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `transaction_id` INTEGER,
    `transaction_type` VARCHAR(50),
    `lender_id` INTEGER,
    `invoice_id` INTEGER,
    `status` TINYINT(1) DEFAULT 0,
    `total_cards` INTEGER NOT NULL,
    `amount` DECIMAL(10,2) NOT NULL,
    `donation` DECIMAL(10,2),
    `date` DATETIME NOT NULL,
    `ip_address` VARCHAR(256),
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `gift_card_transactions_fk_1` FOREIGN KEY (`lender_id`) REFERENCES `lenders` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `forgiveness_loan_shares`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `loan_id` INTEGER,
    `lender_id` INTEGER,
    `borrower_id` INTEGER,
    `amount` DECIMAL(10,4),
    `usdAmount` DECIMAL(10,4),
    `is_accepted` TINYINT(1),
    `date` DATETIME,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    KEY `borrower` (`borrower_id`),
    KEY `loan_date` (`loan_id`, `date`),
    KEY `loan_lender` (`loan_id`, `lender_id`),
    CONSTRAINT `forgiveness_loan_shares_fk_1` FOREIGN KEY (`loan_id`) REFERENCES `loans` (`id`),
    CONSTRAINT `forgiveness_loan_shares_fk_2` FOREIGN KEY (`borrower_id`) REFERENCES `borrowers` (`id`),
    CONSTRAINT `forgiveness_loan_shares_fk_3` FOREIGN KEY (`lender_id`) REFERENCES `lenders` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `forgiveness_loans`
(
    `loan_id` INTEGER NOT NULL,
    `borrower_id` INTEGER,
    `comment` TEXT,
    `verification_code` VARCHAR(255),
    `reminder_count` INTEGER,
    `lender_denied` VARCHAR(255),
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`loan_id`),
    KEY `borrower` (`borrower_id`),
    KEY `loan_created_at` (`loan_id`, `created_at`),
    CONSTRAINT `forgiveness_loans_fk_1` FOREIGN KEY (`loan_id`) REFERENCES `loans` (`id`),
    CONSTRAINT `forgiveness_loans_fk_2` FOREIGN KEY (`borrower_id`) REFERENCES `borrowers` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `borrower_refunds`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `amount` DECIMAL(10,2) NOT NULL,
    `borrower_id` INTEGER NOT NULL,
    `loan_id` INTEGER NOT NULL,
    `borrower_payment_id` INTEGER,
    `refunded` TINYINT(1),
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `borrower_refunds_fk_1` FOREIGN KEY (`borrower_id`) REFERENCES `borrowers` (`id`),
    CONSTRAINT `borrower_refunds_fk_2` FOREIGN KEY (`loan_id`) REFERENCES `loans` (`id`),
    CONSTRAINT `borrower_refunds_fk_3` FOREIGN KEY (`borrower_payment_id`) REFERENCES `borrower_payments` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `volunteer_mentors`
(
    `borrower_id` INTEGER NOT NULL,
    `country_id` INTEGER NOT NULL,
    `grant_date` DATETIME NOT NULL,
    `note` TEXT,
    `active` TINYINT(1) DEFAULT 0,
    `mentee_count` INTEGER,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`borrower_id`),
    CONSTRAINT `volunteer_mentors_fk_1` FOREIGN KEY (`borrower_id`) REFERENCES `borrowers` (`id`),
    CONSTRAINT `volunteer_mentors_fk_2` FOREIGN KEY (`country_id`) REFERENCES `countries` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `borrower_join_logs`
(
    `borrower_id` INTEGER NOT NULL,
    `ip_address` VARCHAR(256) NOT NULL,
    `verification_code` VARCHAR(255),
    `preferred_loan_amount` VARCHAR(255) NOT NULL,
    `preferred_interest_rate` VARCHAR(255) NOT NULL,
    `preferred_repayment_amount` VARCHAR(255) NOT NULL,
    `verified_at` DATETIME,
    `sift_science_score` DECIMAL(3,2),
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`borrower_id`),
    UNIQUE KEY `borrower_join_logs_u_verification_code` (`verification_code`),
    CONSTRAINT `borrower_join_logs_fk_1` FOREIGN KEY (`borrower_id`) REFERENCES `borrowers` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `borrower_contacts`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `borrower_id` INTEGER NOT NULL,
    `first_name` VARCHAR(100) NOT NULL,
    `last_name` VARCHAR(100) NOT NULL,
    `phone_number` VARCHAR(32) NOT NULL,
    `description` VARCHAR(255) NOT NULL,
    `type` TINYINT NOT NULL COMMENT 'Propel ENUM (familyMember,neighbor,communityLeader) stored as its index',
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `borrower_contacts_fk_1` FOREIGN KEY (`borrower_id`) REFERENCES `borrowers` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `borrower_guests`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `session` TEXT,
    `form` TEXT,
    `email` VARCHAR(100) NOT NULL,
    `resumeCode` VARCHAR(255) NOT NULL,
    PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `borrower_feedback_messages`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `borrower_id` INTEGER NOT NULL,
    `type` TINYINT COMMENT 'Propel ENUM (loan, activation) stored as its index',
    `borrower_email` VARCHAR(100),
    `cc` VARCHAR(255),
    `reply_to` VARCHAR(255) NOT NULL,
    `subject` VARCHAR(255) NOT NULL,
    `message` TEXT NOT NULL,
    `sent_at` DATETIME NOT NULL,
    `sender_name` VARCHAR(255),
    `loan_id` INTEGER,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `borrower_feedback_messages_fk_1` FOREIGN KEY (`loan_id`) REFERENCES `loans` (`id`),
    CONSTRAINT `borrower_feedback_messages_fk_2` FOREIGN KEY (`borrower_id`) REFERENCES `borrowers` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `borrower_reviews`
(
    `borrower_id` INTEGER NOT NULL,
    `is_photo_clear` TEXT,
    `is_desc_clear` TEXT,
    `is_address_locatable` TINYINT(1) NOT NULL,
    `is_address_locatable_note` TEXT NOT NULL,
    `is_number_provided` TEXT,
    `is_nat_id_uploaded` TEXT,
    `is_rec_form_uploaded` TEXT,
    `is_rec_form_offcr_name` TEXT,
    `is_pending_mediation` TEXT,
    `created_by` INTEGER,
    `modified_by` INTEGER,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`borrower_id`),
    CONSTRAINT `borrower_reviews_fk_1` FOREIGN KEY (`borrower_id`) REFERENCES `borrowers` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `languages`
(
    `language_code` VARCHAR(2) NOT NULL,
    `name` VARCHAR(255) NOT NULL,
    `active` TINYINT(1) DEFAULT 0,
    PRIMARY KEY (`language_code`)
) ENGINE=InnoDB;

CREATE TABLE `loan_category_translations`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `category_id` INTEGER NOT NULL,
    `language_code` VARCHAR(2),
    `translation` TEXT,
    PRIMARY KEY (`id`),
    UNIQUE KEY `loan_category_translations_u_category_id_language_code` (`category_id`, `language_code`),
    CONSTRAINT `loan_category_translations_fk_1` FOREIGN KEY (`language_code`) REFERENCES `languages` (`language_code`),
    CONSTRAINT `loan_category_translations_fk_2` FOREIGN KEY (`category_id`) REFERENCES `loan_categories` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `lending_groups`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `name` VARCHAR(50) NOT NULL,
    `website` VARCHAR(255),
    `group_profile_picture_id` INTEGER,
    `about` TEXT NOT NULL,
    `creator_id` INTEGER NOT NULL,
    `leader_id` INTEGER,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `lending_groups_fk_1` FOREIGN KEY (`creator_id`) REFERENCES `lenders` (`id`),
    CONSTRAINT `lending_groups_fk_2` FOREIGN KEY (`leader_id`) REFERENCES `lenders` (`id`),
    CONSTRAINT `lending_groups_fk_3` FOREIGN KEY (`group_profile_picture_id`) REFERENCES `uploads` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `lending_group_notifications`
(
    `lending_group_id` INTEGER NOT NULL,
    `user_id` INTEGER NOT NULL,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`lending_group_id`, `user_id`),
    CONSTRAINT `lending_group_notifications_fk_1` FOREIGN KEY (`lending_group_id`) REFERENCES `lending_groups` (`id`),
    CONSTRAINT `lending_group_notifications_fk_2` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `lending_group_members`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `group_id` INTEGER NOT NULL,
    `member_id` INTEGER NOT NULL,
    `leaved` TINYINT(1) DEFAULT 0,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `lending_group_members_fk_1` FOREIGN KEY (`member_id`) REFERENCES `lenders` (`id`),
    CONSTRAINT `lending_group_members_fk_2` FOREIGN KEY (`group_id`) REFERENCES `lending_groups` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `translation_labels`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `name` VARCHAR(255) NOT NULL,
    `value` TEXT,
    `language_code` CHAR(2) NOT NULL,
    `folder` VARCHAR(255) NOT NULL,
    `filename` VARCHAR(255) NOT NULL,
    `translated` TINYINT(1) DEFAULT 0,
    `updated` TINYINT(1) DEFAULT 0,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `translation_labels_fk_1` FOREIGN KEY (`language_code`) REFERENCES `languages` (`language_code`)
) ENGINE=InnoDB;

CREATE TABLE `withdrawal_requests`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `lender_id` INTEGER NOT NULL,
    `amount` DECIMAL(10,2) NOT NULL,
    `paid` TINYINT(1) DEFAULT 0,
    `paypal_email` VARCHAR(100) NOT NULL,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `withdrawal_requests_fk_1` FOREIGN KEY (`lender_id`) REFERENCES `lenders` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `followers`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `lender_id` INTEGER NOT NULL,
    `borrower_id` INTEGER NOT NULL,
    `active` TINYINT(1) NOT NULL,
    `notify_comment` TINYINT(1) DEFAULT 0,
    `notify_loan_application` TINYINT(1) DEFAULT 0,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `followers_fk_1` FOREIGN KEY (`lender_id`) REFERENCES `lenders` (`id`),
    CONSTRAINT `followers_fk_2` FOREIGN KEY (`borrower_id`) REFERENCES `borrowers` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `lender_preferences`
(
    `lender_id` INTEGER NOT NULL,
    `hide_lending_activity` TINYINT(1) DEFAULT 0,
    `hide_karma` TINYINT(1) DEFAULT 0,
    `notify_loan_fully_funded` TINYINT(1) DEFAULT 1,
    `notify_loan_about_to_expire` TINYINT(1) DEFAULT 1,
    `notify_loan_expired` TINYINT(1) DEFAULT 1,
    `notify_loan_disbursed` TINYINT(1) DEFAULT 1,
    `notify_comment` TINYINT(1) DEFAULT 1,
    `notify_loan_application` TINYINT(1) DEFAULT 1,
    `notify_invite_accepted` TINYINT(1) DEFAULT 1,
    `notify_loan_repayment` TINYINT COMMENT 'Propel ENUM (0, 1, 10, 25, 50, 100) stored as its index',
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`lender_id`),
    CONSTRAINT `lender_preferences_fk_1` FOREIGN KEY (`lender_id`) REFERENCES `lenders` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `borrower_invites`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `borrower_id` INTEGER NOT NULL,
    `email` VARCHAR(100) NOT NULL,
    `invited` TINYINT(1) DEFAULT 1,
    `hash` VARCHAR(40),
    `invitee_id` INTEGER,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `borrower_invites_fk_1` FOREIGN KEY (`borrower_id`) REFERENCES `borrowers` (`id`),
    CONSTRAINT `borrower_invites_fk_2` FOREIGN KEY (`invitee_id`) REFERENCES `borrowers` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `credit_settings`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `country_code` VARCHAR(2) NOT NULL,
    `loan_amount_limit` INTEGER NOT NULL,
    `character_limit` INTEGER NOT NULL,
    `comments_limit` INTEGER NOT NULL,
    `type` TINYINT NOT NULL COMMENT 'Propel ENUM (0,1,2,3) stored as its index',
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `credit_settings_fk_1` FOREIGN KEY (`country_code`) REFERENCES `countries` (`country_code`)
) ENGINE=InnoDB;

CREATE TABLE `credits_earned`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `borrower_id` INTEGER NOT NULL,
    `loan_id` INTEGER NOT NULL,
    `credit_type` TINYINT NOT NULL COMMENT 'Propel ENUM (0,1,2,3) stored as its index',
    `ref_id` INTEGER NOT NULL,
    `credit` INTEGER NOT NULL,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `credits_earned_fk_1` FOREIGN KEY (`borrower_id`) REFERENCES `borrowers` (`id`),
    CONSTRAINT `credits_earned_fk_2` FOREIGN KEY (`loan_id`) REFERENCES `loans` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `scheduled_jobs`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `user_id` INTEGER NOT NULL,
    `loan_id` INTEGER,
    `last_processed_at` DATETIME,
    `start_date` DATETIME,
    `count` INTEGER NOT NULL,
    `class_key` INTEGER,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `scheduled_jobs_fk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
    CONSTRAINT `scheduled_jobs_fk_2` FOREIGN KEY (`loan_id`) REFERENCES `loans` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `scheduled_jobs_logs`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `scheduled_jobs_id` INTEGER NOT NULL,
    `processed_at` DATETIME,
    `count` INTEGER NOT NULL,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `scheduled_jobs_logs_fk_1` FOREIGN KEY (`scheduled_jobs_id`) REFERENCES `scheduled_jobs` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `facebook_users`
(
    `id` VARCHAR(255) NOT NULL,
    `user_id` INTEGER NOT NULL,
    `account_name` VARCHAR(255),
    `email` VARCHAR(255),
    `birth_date` DATETIME,
    `city` VARCHAR(255),
    `first_post_date` DATETIME,
    `friends_count` INTEGER,
    `ip_address` VARCHAR(255),
    `accept` TINYINT(1),
    PRIMARY KEY (`id`),
    CONSTRAINT `facebook_users_fk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `auto_lending_settings`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `lender_id` INTEGER NOT NULL,
    `preference` SMALLINT NOT NULL,
    `min_desired_interest` DECIMAL(10,2) NOT NULL,
    `max_desired_interest` DECIMAL(10,2) NOT NULL,
    `current_allocated` SMALLINT,
    `lender_credit` DECIMAL(10,2),
    `active` TINYINT(1) NOT NULL,
    `last_processed` DATETIME,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `auto_lending_settings_fk_1` FOREIGN KEY (`lender_id`) REFERENCES `lenders` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `statistics`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `name` VARCHAR(255) NOT NULL,
    `value` TEXT NOT NULL,
    `country_id` INTEGER DEFAULT null,
    `date` DATETIME NOT NULL,
    PRIMARY KEY (`id`),
    CONSTRAINT `statistics_fk_1` FOREIGN KEY (`country_id`) REFERENCES `countries` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `reschedules`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `loan_id` INTEGER NOT NULL,
    `borrower_id` INTEGER NOT NULL,
    `reason` TEXT NOT NULL,
    `period` INTEGER NOT NULL,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `reschedules_fk_1` FOREIGN KEY (`loan_id`) REFERENCES `loans` (`id`),
    CONSTRAINT `reschedules_fk_2` FOREIGN KEY (`borrower_id`) REFERENCES `borrowers` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `bulk_emails`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `sender_email` VARCHAR(100) NOT NULL,
    `subject` VARCHAR(255) NOT NULL,
    `header` VARCHAR(255) NOT NULL,
    `message` TEXT NOT NULL,
    `template` VARCHAR(255) NOT NULL,
    `html` INTEGER NOT NULL,
    `tag` VARCHAR(255) NOT NULL,
    `params` TEXT NOT NULL,
    `processed_at` DATETIME,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `bulk_email_recipients`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `bulk_email_id` INTEGER NOT NULL,
    `email` VARCHAR(100) NOT NULL,
    `processed_at` DATETIME,
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `bulk_email_recipients_fk_1` FOREIGN KEY (`bulk_email_id`) REFERENCES `bulk_emails` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `facebook_user_logs`
(
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `user_id` INTEGER,
    `facebook_id` VARCHAR(255) NOT NULL,
    `account_name` VARCHAR(255),
    `email` VARCHAR(255),
    `birth_date` DATETIME,
    `city` VARCHAR(255),
    `first_post_date` DATETIME,
    `friends_count` INTEGER,
    `ip_address` VARCHAR(255),
    `accept` TINYINT(1),
    `created_at` DATETIME,
    `updated_at` DATETIME,
    PRIMARY KEY (`id`),
    CONSTRAINT `facebook_user_logs_fk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB;

-- Fab-manager: trimmed from db/schema.rb (PostgreSQL, Rails 7) of github.com/sleede/fab-manager, written as MySQL DDL
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `abuses` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `signaled_type` varchar(255),
  `signaled_id` int(11),
  `first_name` varchar(255),
  `last_name` varchar(255),
  `email` varchar(255),
  `message` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `addresses` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `address` varchar(255),
  `street_number` varchar(255),
  `route` varchar(255),
  `locality` varchar(255),
  `country` varchar(255),
  `postal_code` varchar(255),
  `placeable_type` varchar(255),
  `placeable_id` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `availabilities` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `start_at` datetime,
  `end_at` datetime,
  `available_type` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `nb_total_places` int(11),
  `destroying` tinyint(1) DEFAULT 0,
  `lock` tinyint(1) DEFAULT 0,
  `is_recurrent` tinyint(1),
  `occurrence_id` int(11),
  `period` varchar(255),
  `nb_periods` int(11),
  `end_date` datetime,
  `slot_duration` int(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `booking_users` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `reservation_id` bigint(20),
  `booked_type` varchar(255),
  `booked_id` bigint(20),
  `event_price_category_id` bigint(20),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `children` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20),
  `first_name` varchar(255),
  `last_name` varchar(255),
  `birthday` date,
  `phone` varchar(255),
  `email` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `validated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `coupons` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `code` varchar(255),
  `percent_off` int(11),
  `valid_until` datetime,
  `max_usages` int(11),
  `active` tinyint(1),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `validity_per_user` varchar(255),
  `amount_off` int(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_price_categories` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `event_id` int(11),
  `price_category_id` int(11),
  `amount` int(11),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `events` (`id`),
  FOREIGN KEY (`price_category_id`) REFERENCES `price_categories` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `description` text,
  `created_at` datetime,
  `updated_at` datetime,
  `availability_id` int(11),
  `amount` int(11),
  `nb_total_places` int(11),
  `nb_free_places` int(11),
  `recurrence_id` int(11),
  `age_range_id` int(11),
  `category_id` int(11),
  `deleted_at` datetime,
  `event_type` varchar(255) DEFAULT 'standard',
  `pre_registration` tinyint(1) DEFAULT 0,
  `pre_registration_end_date` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `slug` varchar(255),
  `disabled` tinyint(1),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoice_items` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `invoice_id` int(11),
  `amount` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  `description` text,
  `invoice_item_id` int(11),
  `object_type` varchar(255) NOT NULL,
  `object_id` bigint(20) NOT NULL,
  `main` tinyint(1),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoices` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `total` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  `reference` varchar(255),
  `payment_method` varchar(255),
  `avoir_date` datetime,
  `invoice_id` int(11),
  `type` varchar(255),
  `subscription_to_expire` tinyint(1),
  `description` text,
  `wallet_amount` int(11),
  `wallet_transaction_id` int(11),
  `coupon_id` int(11),
  `environment` varchar(255),
  `invoicing_profile_id` int(11),
  `operator_profile_id` int(11),
  `statistic_profile_id` int(11),
  `order_number` varchar(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`coupon_id`) REFERENCES `coupons` (`id`),
  FOREIGN KEY (`invoicing_profile_id`) REFERENCES `invoicing_profiles` (`id`),
  FOREIGN KEY (`operator_profile_id`) REFERENCES `invoicing_profiles` (`id`),
  FOREIGN KEY (`statistic_profile_id`) REFERENCES `statistic_profiles` (`id`),
  FOREIGN KEY (`wallet_transaction_id`) REFERENCES `wallet_transactions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoicing_profiles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11),
  `first_name` varchar(255),
  `last_name` varchar(255),
  `email` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `external_id` varchar(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `machines` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text,
  `spec` text,
  `created_at` datetime,
  `updated_at` datetime,
  `slug` varchar(255),
  `disabled` tinyint(1),
  `deleted_at` datetime,
  `machine_category_id` bigint(20),
  `reservable` tinyint(1) DEFAULT 1,
  `space_id` bigint(20),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification_types` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `category` varchar(255) NOT NULL,
  `is_configurable` tinyint(1) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `roles` json,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `receiver_id` int(11),
  `attached_object_type` varchar(255),
  `attached_object_id` int(11),
  `notification_type_id` int(11),
  `is_read` tinyint(1) DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  `receiver_type` varchar(255),
  `is_send` tinyint(1) DEFAULT 0,
  `meta_data` json,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `invoicing_profile_id` int(11),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`invoicing_profile_id`) REFERENCES `invoicing_profiles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payment_schedule_items` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `amount` int(11),
  `due_date` datetime,
  `state` varchar(255) DEFAULT 'new',
  `details` json,
  `payment_method` varchar(255),
  `client_secret` varchar(255),
  `payment_schedule_id` bigint(20),
  `invoice_id` bigint(20),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`payment_schedule_id`) REFERENCES `payment_schedules` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payment_schedules` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `total` int(11),
  `reference` varchar(255),
  `payment_method` varchar(255),
  `wallet_amount` int(11),
  `wallet_transaction_id` bigint(20),
  `coupon_id` bigint(20),
  `environment` varchar(255),
  `invoicing_profile_id` bigint(20),
  `statistic_profile_id` bigint(20),
  `operator_profile_id` bigint(20),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `start_at` datetime,
  `order_number` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plans` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `amount` int(11),
  `interval` varchar(255),
  `group_id` int(11),
  `stp_plan_id` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `training_credit_nb` int(11) DEFAULT 0,
  `is_rolling` tinyint(1),
  `description` text,
  `type` varchar(255),
  `base_name` varchar(255),
  `ui_weight` int(11) DEFAULT 0,
  `interval_count` int(11) DEFAULT 1,
  `slug` varchar(255),
  `disabled` tinyint(1),
  `monthly_payment` tinyint(1),
  `plan_category_id` bigint(20),
  `limiting` tinyint(1),
  `machines_visibility` int(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `price_categories` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `conditions` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `profile_custom_fields` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `label` varchar(255),
  `required` tinyint(1) DEFAULT 0,
  `actived` tinyint(1) DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `profiles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11),
  `first_name` varchar(255),
  `last_name` varchar(255),
  `phone` varchar(255),
  `interest` text,
  `software_mastered` text,
  `created_at` datetime,
  `updated_at` datetime,
  `facebook` varchar(255),
  `twitter` varchar(255),
  `google_plus` varchar(255),
  `viadeo` varchar(255),
  `linkedin` varchar(255),
  `instagram` varchar(255),
  `youtube` varchar(255),
  `vimeo` varchar(255),
  `dailymotion` varchar(255),
  `github` varchar(255),
  `echosciences` varchar(255),
  `website` varchar(255),
  `pinterest` varchar(255),
  `lastfm` varchar(255),
  `flickr` varchar(255),
  `job` varchar(255),
  `tours` varchar(255),
  `note` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reservations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `message` text,
  `created_at` datetime,
  `updated_at` datetime,
  `reservable_type` varchar(255),
  `reservable_id` int(11),
  `nb_reserve_places` int(11),
  `statistic_profile_id` int(11),
  `reservation_context_id` bigint(20),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`statistic_profile_id`) REFERENCES `statistic_profiles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `resource_type` varchar(255),
  `resource_id` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `slots` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `start_at` datetime,
  `end_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  `availability_id` int(11) NOT NULL,
  `places` json NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `slots_reservations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `slot_id` int(11) NOT NULL,
  `reservation_id` int(11) NOT NULL,
  `ex_start_at` datetime,
  `ex_end_at` datetime,
  `canceled_at` datetime,
  `offered` tinyint(1) DEFAULT 0,
  `is_valid` tinyint(1),
  `is_confirm` tinyint(1),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`reservation_id`) REFERENCES `reservations` (`id`),
  FOREIGN KEY (`slot_id`) REFERENCES `slots` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spaces` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `default_places` int(11),
  `description` text,
  `slug` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `characteristics` text,
  `disabled` tinyint(1),
  `deleted_at` datetime,
  `ancestry` varchar(255) NOT NULL,
  `ancestry_depth` int(11) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `statistic_profile_trainings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `statistic_profile_id` int(11),
  `training_id` int(11),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`statistic_profile_id`) REFERENCES `statistic_profiles` (`id`),
  FOREIGN KEY (`training_id`) REFERENCES `trainings` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `statistic_profiles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `gender` tinyint(1),
  `birthday` date,
  `group_id` int(11),
  `user_id` int(11),
  `role_id` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`),
  FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscriptions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `plan_id` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  `expiration_date` datetime,
  `canceled_at` datetime,
  `statistic_profile_id` int(11),
  `start_at` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`statistic_profile_id`) REFERENCES `statistic_profiles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `supporting_document_files` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `supporting_document_type_id` bigint(20),
  `supportable_id` bigint(20),
  `attachment` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `supportable_type` varchar(255) DEFAULT 'User',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `supporting_document_types` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `document_type` varchar(255) DEFAULT 'User',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tickets` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `reservation_id` int(11),
  `event_price_category_id` int(11),
  `booked` int(11),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_price_category_id`) REFERENCES `event_price_categories` (`id`),
  FOREIGN KEY (`reservation_id`) REFERENCES `reservations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trainings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `nb_total_places` int(11),
  `slug` varchar(255),
  `description` text,
  `public_page` tinyint(1) DEFAULT 1,
  `disabled` tinyint(1),
  `auto_cancel` tinyint(1),
  `auto_cancel_threshold` int(11),
  `auto_cancel_deadline` int(11),
  `authorization` tinyint(1),
  `authorization_period` int(11),
  `invalidation` tinyint(1),
  `invalidation_period` int(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_profile_custom_fields` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `invoicing_profile_id` bigint(20),
  `profile_custom_field_id` bigint(20),
  `value` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`profile_custom_field_id`) REFERENCES `profile_custom_fields` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_tags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11),
  `tag_id` int(11),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL DEFAULT '',
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `reset_password_token` varchar(255),
  `reset_password_sent_at` datetime,
  `remember_created_at` datetime,
  `sign_in_count` int(11) NOT NULL DEFAULT 0,
  `current_sign_in_at` datetime,
  `last_sign_in_at` datetime,
  `confirmation_token` varchar(255),
  `confirmed_at` datetime,
  `confirmation_sent_at` datetime,
  `unconfirmed_email` varchar(255),
  `failed_attempts` int(11) NOT NULL DEFAULT 0,
  `unlock_token` varchar(255),
  `locked_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  `is_allow_contact` tinyint(1) DEFAULT 0,
  `group_id` int(11),
  `username` varchar(255),
  `slug` varchar(255),
  `is_active` tinyint(1) DEFAULT 1,
  `provider` varchar(255),
  `uid` varchar(255),
  `auth_token` varchar(255),
  `merged_at` datetime,
  `is_allow_newsletter` tinyint(1),
  `current_sign_in_ip` varchar(45),
  `last_sign_in_ip` varchar(45),
  `validated_at` datetime,
  `mapped_from_sso` varchar(255),
  `supporting_documents_reminder_sent_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_roles` (
  `user_id` int(11),
  `role_id` int(11)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wallet_transactions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `wallet_id` int(11),
  `transaction_type` varchar(255),
  `amount` int(11),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `invoicing_profile_id` int(11),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`invoicing_profile_id`) REFERENCES `invoicing_profiles` (`id`),
  FOREIGN KEY (`wallet_id`) REFERENCES `wallets` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wallets` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `amount` int(11) DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `invoicing_profile_id` int(11),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`invoicing_profile_id`) REFERENCES `invoicing_profiles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;

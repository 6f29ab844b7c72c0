-- effective_memberships (Code and Effect, Edmonton; the Rails engine of the member sites it builds for professional
-- associations and regulators: applicants and their education, experience, references, endorsements, reviews;
-- membership categories, memberships and their history; fees and fee payments (dues and renewals); stamps and rings;
-- with the effective_orders, effective_addresses, effective_email_templates and Devise tables its test application
-- mounts), github.com/code-and-effect/effective_memberships `test/dummy/db/schema.rb` (the schema dump of the engine's
-- test application, schema version 8), commit 392f040a4fa77b6ce0fdae61dadf6e769e28a23b (MIT).
-- Rails schema written as MySQL as Rails' MySQL adapter creates it: the implicit `id` -> int(11) NOT NULL AUTO_INCREMENT
-- PRIMARY KEY (the dump was taken on SQLite, where ids and references are integers), string -> varchar(255), text -> text, integer -> int(11), bigint -> bigint(20), boolean -> tinyint(1),
-- datetime -> datetime (precision: 6 -> datetime(6)), date, decimal(p,s); defaults and NOT NULL as upstream;
-- t.index -> KEY / UNIQUE KEY with upstream's names; add_foreign_key -> FOREIGN KEY. All 36 tables kept, in schema.rb's
-- alphabetical order except active_storage_blobs, moved before the two tables that reference it.

CREATE TABLE `active_storage_blobs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `filename` varchar(255) NOT NULL,
  `content_type` varchar(255),
  `metadata` text,
  `service_name` varchar(255) NOT NULL,
  `byte_size` bigint(20) NOT NULL,
  `checksum` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_blobs_on_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `action_text_rich_texts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `body` text,
  `record_type` varchar(255) NOT NULL,
  `record_id` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_action_text_rich_texts_uniqueness` (`record_type`, `record_id`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_attachments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `record_type` varchar(255) NOT NULL,
  `record_id` int(11) NOT NULL,
  `blob_id` int(11) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_active_storage_attachments_on_blob_id` (`blob_id`),
  UNIQUE KEY `index_active_storage_attachments_uniqueness` (`record_type`, `record_id`, `name`, `blob_id`),
  FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_variant_records` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `blob_id` int(11) NOT NULL,
  `variation_digest` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_variant_records_uniqueness` (`blob_id`, `variation_digest`),
  FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `addresses` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `addressable_type` varchar(255),
  `addressable_id` int(11),
  `category` varchar(64),
  `full_name` varchar(255),
  `address1` varchar(255),
  `address2` varchar(255),
  `city` varchar(255),
  `state_code` varchar(255),
  `country_code` varchar(255),
  `postal_code` varchar(255),
  `updated_at` datetime,
  `created_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_addresses_on_addressable_id` (`addressable_id`),
  KEY `index_addresses_on_addressable_type_and_addressable_id` (`addressable_type`, `addressable_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `applicant_course_areas` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `position` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `applicant_course_names` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `applicant_course_area_id` int(11),
  `title` varchar(255),
  `position` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `applicant_courses` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `applicant_course_area_id` int(11),
  `applicant_course_name_id` int(11),
  `applicant_id` int(11),
  `applicant_type` varchar(255),
  `title` varchar(255),
  `amount` int(11),
  `code` varchar(255),
  `description` text,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `applicant_educations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `applicant_id` int(11),
  `applicant_type` varchar(255),
  `start_on` date,
  `end_on` date,
  `institution` varchar(255),
  `location` varchar(255),
  `degree_obtained` varchar(255),
  `updated_at` datetime,
  `created_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_applicant_educations_on_applicant_id` (`applicant_id`),
  KEY `index_applicant_educations_on_start_on` (`start_on`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `applicant_endorsements` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `applicant_id` int(11),
  `applicant_type` varchar(255),
  `endorser_id` int(11),
  `endorser_type` varchar(255),
  `unknown_member` tinyint(1) DEFAULT 0,
  `endorser_email` varchar(255),
  `name` varchar(255),
  `phone` varchar(255),
  `status` varchar(255),
  `status_steps` text,
  `notes` text,
  `accept_declaration` tinyint(1),
  `token` varchar(255),
  `last_notified_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_applicant_endorsements_on_applicant_id` (`applicant_id`),
  KEY `index_applicant_endorsements_on_token` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `applicant_equivalences` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `applicant_id` int(11),
  `applicant_type` varchar(255),
  `name` varchar(255),
  `start_on` date,
  `end_on` date,
  `notes` text,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_applicant_equivalences_on_applicant_id` (`applicant_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `applicant_experiences` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `applicant_id` int(11),
  `applicant_type` varchar(255),
  `level` varchar(255),
  `months` int(11),
  `start_on` date,
  `end_on` date,
  `position` varchar(255),
  `employer` varchar(255),
  `still_work_here` tinyint(1) DEFAULT 0,
  `percent_worked` int(11),
  `tasks_performed` text,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_applicant_experiences_on_applicant_id` (`applicant_id`),
  KEY `index_applicant_experiences_on_start_on` (`start_on`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `applicant_references` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `applicant_id` int(11),
  `applicant_type` varchar(255),
  `name` varchar(255),
  `email` varchar(255),
  `phone` varchar(255),
  `status` varchar(255),
  `status_steps` text,
  `known` varchar(255),
  `relationship` varchar(255),
  `reservations` tinyint(1),
  `reservations_reason` text,
  `work_history` text,
  `accept_declaration` tinyint(1),
  `token` varchar(255),
  `last_notified_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_applicant_references_on_applicant_id` (`applicant_id`),
  KEY `index_applicant_references_on_token` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `applicant_reviews` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `token` varchar(255),
  `applicant_id` int(11),
  `applicant_type` varchar(255),
  `reviewer_id` int(11),
  `reviewer_type` varchar(255),
  `status` varchar(255),
  `status_steps` text,
  `wizard_steps` text,
  `submitted_at` datetime,
  `recommendation` varchar(255),
  `comments` text,
  `conflict_of_interest` tinyint(1),
  `education_accepted` tinyint(1),
  `course_amounts_accepted` tinyint(1),
  `courses_accepted` tinyint(1),
  `experience_accepted` tinyint(1),
  `references_accepted` tinyint(1),
  `files_accepted` tinyint(1),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `applicants` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `applicant_type` varchar(255),
  `stream` varchar(255),
  `token` varchar(255),
  `user_id` int(11),
  `user_type` varchar(255),
  `organization_id` int(11),
  `organization_type` varchar(255),
  `category_id` int(11),
  `category_type` varchar(255),
  `from_category_id` int(11),
  `from_category_type` varchar(255),
  `status` varchar(255),
  `status_steps` text,
  `wizard_steps` text,
  `submitted_at` datetime,
  `completed_at` datetime,
  `reviewed_at` datetime,
  `approved_at` datetime,
  `declined_at` datetime,
  `declined_reason` text,
  `missing_info_at` datetime,
  `missing_info_reason` text,
  `applicant_educations_details` text,
  `applicant_experiences_months` int(11),
  `applicant_experiences_details` text,
  `transcripts_received_on` date,
  `transcripts_status` varchar(255),
  `transcripts_details` text,
  `additional_information` text,
  `updated_at` datetime,
  `created_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_applicants_on_organization_id_and_organization_type` (`organization_id`, `organization_type`),
  KEY `index_applicants_on_status` (`status`),
  KEY `index_applicants_on_token` (`token`),
  KEY `index_applicants_on_user_id_and_user_type` (`user_id`, `user_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cart_items` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `cart_id` int(11),
  `purchasable_type` varchar(255),
  `purchasable_id` int(11),
  `unique` varchar(255),
  `quantity` int(11),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_cart_items_on_cart_id` (`cart_id`),
  KEY `index_cart_items_on_purchasable_id` (`purchasable_id`),
  KEY `index_cart_items_on_purchasable_type_and_purchasable_id` (`purchasable_type`, `purchasable_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `carts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11),
  `user_type` varchar(255),
  `cart_items_count` int(11) DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_carts_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `categories` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `category_type` varchar(255),
  `title` varchar(255),
  `category` varchar(255),
  `position` int(11),
  `can_apply_new` tinyint(1) DEFAULT 0,
  `can_apply_existing` tinyint(1) DEFAULT 0,
  `can_apply_restricted` tinyint(1) DEFAULT 0,
  `can_apply_restricted_ids` text,
  `applicant_wizard_steps` text,
  `applicant_fee` int(11),
  `applicant_review_wizard_steps` text,
  `min_applicant_educations` int(11),
  `min_applicant_experiences_months` int(11),
  `min_applicant_references` int(11),
  `min_applicant_endorsements` int(11),
  `min_applicant_equivalences` int(11),
  `min_applicant_courses` int(11),
  `min_applicant_files` int(11),
  `min_applicant_reviews` int(11),
  `fee_payment_wizard_steps` text,
  `prorated_jan` int(11),
  `prorated_feb` int(11),
  `prorated_mar` int(11),
  `prorated_apr` int(11),
  `prorated_may` int(11),
  `prorated_jun` int(11),
  `prorated_jul` int(11),
  `prorated_aug` int(11),
  `prorated_sep` int(11),
  `prorated_oct` int(11),
  `prorated_nov` int(11),
  `prorated_dec` int(11),
  `create_renewal_fees` tinyint(1) DEFAULT 0,
  `renewal_fee` int(11),
  `create_late_fees` tinyint(1) DEFAULT 0,
  `late_fee` int(11),
  `create_bad_standing` tinyint(1) DEFAULT 0,
  `qb_item_name` varchar(255),
  `tax_exempt` tinyint(1) DEFAULT 0,
  `updated_at` datetime,
  `created_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_categories_on_position` (`position`),
  KEY `index_categories_on_title` (`title`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `customers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11),
  `user_type` varchar(255),
  `stripe_customer_id` varchar(255),
  `payment_method_id` varchar(255),
  `active_card` varchar(255),
  `status` varchar(255),
  `subscriptions_count` int(11) DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_customers_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_templates` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `template_name` varchar(255),
  `subject` varchar(255),
  `from` varchar(255),
  `bcc` varchar(255),
  `cc` varchar(255),
  `content_type` varchar(255),
  `body` text,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fee_payments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `token` varchar(255),
  `user_id` int(11),
  `user_type` varchar(255),
  `organization_id` int(11),
  `organization_type` varchar(255),
  `category_id` int(11),
  `category_type` varchar(255),
  `period` date,
  `status` varchar(255),
  `status_steps` text,
  `wizard_steps` text,
  `submitted_at` datetime,
  `updated_at` datetime,
  `created_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_fee_payments_on_organization_id_and_organization_type` (`organization_id`, `organization_type`),
  KEY `index_fee_payments_on_status` (`status`),
  KEY `index_fee_payments_on_token` (`token`),
  KEY `index_fee_payments_on_user_id_and_user_type` (`user_id`, `user_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fees` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `category_id` int(11),
  `category_type` varchar(255),
  `fee_type` varchar(255),
  `purchased_order_id` int(11),
  `owner_id` int(11),
  `owner_type` varchar(255),
  `parent_id` int(11),
  `parent_type` varchar(255),
  `period` date,
  `late_on` date,
  `bad_standing_on` date,
  `title` varchar(255),
  `price` int(11),
  `qb_item_name` varchar(255),
  `tax_exempt` tinyint(1) DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_fees_on_category_id` (`category_id`),
  KEY `index_fees_on_fee_type` (`fee_type`),
  KEY `index_fees_on_owner_id_and_owner_type` (`owner_id`, `owner_type`),
  KEY `index_fees_on_parent_id_and_parent_type` (`parent_id`, `parent_type`),
  KEY `index_fees_on_purchased_order_id` (`purchased_order_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `membership_categories` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `category_id` int(11),
  `category_type` varchar(255),
  `membership_id` int(11),
  `membership_type` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `membership_histories` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `owner_id` int(11),
  `owner_type` varchar(255),
  `categories` text,
  `category_ids` text,
  `start_on` date,
  `end_on` date,
  `number` varchar(255),
  `bad_standing` tinyint(1) DEFAULT 0,
  `removed` tinyint(1) DEFAULT 0,
  `notes` text,
  `updated_at` datetime,
  `created_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_membership_histories_on_owner_id_and_owner_type` (`owner_id`, `owner_type`),
  KEY `index_membership_histories_on_start_on` (`start_on`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memberships` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `owner_id` int(11),
  `owner_type` varchar(255),
  `number` varchar(255),
  `number_as_integer` int(11),
  `joined_on` date,
  `registration_on` date,
  `fees_paid_period` date,
  `fees_paid_through_period` date,
  `bad_standing` tinyint(1) DEFAULT 0,
  `bad_standing_admin` tinyint(1) DEFAULT 0,
  `bad_standing_reason` text,
  `updated_at` datetime,
  `created_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_memberships_on_number` (`number`),
  UNIQUE KEY `index_memberships_on_owner_id_and_owner_type` (`owner_id`, `owner_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `order_items` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `order_id` int(11),
  `purchasable_type` varchar(255),
  `purchasable_id` int(11),
  `name` varchar(255),
  `quantity` int(11),
  `price` int(11) DEFAULT 0,
  `tax_exempt` tinyint(1),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_order_items_on_order_id` (`order_id`),
  KEY `index_order_items_on_purchasable_id` (`purchasable_id`),
  KEY `index_order_items_on_purchasable_type_and_purchasable_id` (`purchasable_type`, `purchasable_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `orders` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11),
  `user_type` varchar(255),
  `parent_id` int(11),
  `parent_type` varchar(255),
  `state` varchar(255),
  `purchased_at` datetime,
  `note` text,
  `note_to_buyer` text,
  `note_internal` text,
  `billing_name` varchar(255),
  `email` varchar(255),
  `cc` varchar(255),
  `payment` text,
  `payment_provider` varchar(255),
  `payment_card` varchar(255),
  `tax_rate` decimal(6,3),
  `subtotal` int(11),
  `tax` int(11),
  `total` int(11),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_orders_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(255),
  `title` varchar(255),
  `phone` varchar(255),
  `fax` varchar(255),
  `website` varchar(255),
  `category` varchar(255),
  `notes` text,
  `roles_mask` int(11),
  `archived` tinyint(1) DEFAULT 0,
  `representatives_count` int(11) DEFAULT 0,
  `updated_at` datetime,
  `created_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_organizations_on_title` (`title`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `products` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `purchased_order_id` int(11),
  `name` varchar(255),
  `price` int(11),
  `tax_exempt` tinyint(1) DEFAULT 0,
  `qb_item_name` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `representatives` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11),
  `organization_type` varchar(255),
  `user_id` int(11),
  `user_type` varchar(255),
  `roles_mask` int(11),
  `updated_at` datetime,
  `created_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_representatives_on_organization_id_and_organization_type` (`organization_id`, `organization_type`),
  KEY `index_representatives_on_user_id_and_user_type` (`user_id`, `user_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ring_wizards` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `token` varchar(255),
  `owner_id` int(11),
  `owner_type` varchar(255),
  `user_id` int(11),
  `user_type` varchar(255),
  `status` varchar(255),
  `status_steps` text,
  `wizard_steps` text,
  `submitted_at` datetime,
  `updated_at` datetime,
  `created_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_ring_wizards_on_owner_id_and_owner_type` (`owner_id`, `owner_type`),
  KEY `index_ring_wizards_on_status` (`status`),
  KEY `index_ring_wizards_on_token` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `owner_id` int(11),
  `owner_type` varchar(255),
  `ring_wizard_id` int(11),
  `ring_wizard_type` varchar(255),
  `size` int(11),
  `metal` varchar(255),
  `issued_at` datetime,
  `purchased_order_id` int(11),
  `price` int(11),
  `tax_exempt` tinyint(1) DEFAULT 0,
  `qb_item_name` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stamp_wizards` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `token` varchar(255),
  `owner_id` int(11),
  `owner_type` varchar(255),
  `user_id` int(11),
  `user_type` varchar(255),
  `status` varchar(255),
  `status_steps` text,
  `wizard_steps` text,
  `submitted_at` datetime,
  `updated_at` datetime,
  `created_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_stamp_wizards_on_owner_id_and_owner_type` (`owner_id`, `owner_type`),
  KEY `index_stamp_wizards_on_status` (`status`),
  KEY `index_stamp_wizards_on_token` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stamps` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `owner_id` int(11),
  `owner_type` varchar(255),
  `stamp_wizard_id` int(11),
  `stamp_wizard_type` varchar(255),
  `applicant_id` int(11),
  `applicant_type` varchar(255),
  `status` varchar(255),
  `status_steps` text,
  `category` varchar(255),
  `name` varchar(255),
  `name_confirmation` varchar(255),
  `issued_at` datetime,
  `purchased_order_id` int(11),
  `price` int(11),
  `tax_exempt` tinyint(1) DEFAULT 0,
  `qb_item_name` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscriptions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `customer_id` int(11),
  `subscribable_id` int(11),
  `subscribable_type` varchar(255),
  `stripe_plan_id` varchar(255),
  `stripe_subscription_id` varchar(255),
  `name` varchar(255),
  `description` varchar(255),
  `interval` varchar(255),
  `quantity` int(11),
  `status` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_subscriptions_on_customer_id` (`customer_id`),
  KEY `index_subscriptions_on_subscribable_id` (`subscribable_id`),
  KEY `index_subscriptions_on_subscribable_type_and_subscribable_id` (`subscribable_type`, `subscribable_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `reset_password_token` varchar(255),
  `reset_password_sent_at` datetime,
  `remember_created_at` datetime,
  `sign_in_count` int(11) NOT NULL DEFAULT 0,
  `current_sign_in_at` datetime,
  `last_sign_in_at` datetime,
  `current_sign_in_ip` varchar(255),
  `last_sign_in_ip` varchar(255),
  `confirmed_at` datetime,
  `confirmation_sent_at` datetime,
  `unconfirmed_email` varchar(255),
  `email` varchar(255) NOT NULL DEFAULT '',
  `first_name` varchar(255),
  `last_name` varchar(255),
  `roles_mask` int(11),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

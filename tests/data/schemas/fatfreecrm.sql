-- Fat Free CRM (open-source Rails CRM: CRM users and their groups, permissions and preferences; client accounts
-- (companies) and their contacts; leads (prospects, converted into contacts, accounts and opportunities);
-- opportunities (sales deals) and the contacts playing a role in them; marketing campaigns; tasks (calls,
-- meetings, follow-ups); e-mails captured by the mail dropbox; comments; addresses; avatars; tags; custom-field
-- definitions; saved lists; the paper_trail change and activity history; sessions and settings), the whole of
-- github.com/fatfreecrm/fat_free_crm db/schema.rb (MIT), commit 6c7f4eee9e427a7f892f65782a55427434aa35fa
-- (2026-03-10; schema version 2025_08_06_025815). Rails schema written as SQL as mastodon.sql does:
-- string -> varchar(limit, else 255), text -> text, integer -> int, datetime -> datetime, decimal(p,s), each
-- table's implicit bigint `id` primary key spelled out (`groups_users` is `id: false` upstream and has none).
-- Column names, order, limits, defaults and NOT NULL as upstream; indexes left out; the only foreign keys are
-- upstream's two (add_foreign_key on active_storage_attachments and active_storage_variant_records), so
-- `active_storage_blobs` is written before them. Nothing else left out: 32 tables, all columns. Upstream has no
-- column comments. Custom fields (`fields`) are added at run time as extra `cf_*` columns of the entity tables;
-- none exist in schema.rb.
-- Glossary: `accounts` are the client companies (organisations), not tenants or logins; `users` are the CRM's own
-- staff logins (Devise); entities are accounts, campaigns, contacts, leads and opportunities. On every entity and
-- task `user_id` is the user who created and owns the record (may manage it; private records are visible only to
-- them), `assigned_to` the user it is assigned to, `access` its visibility (Public / Private / Shared with the
-- users or groups in `permissions` / Campaign for a lead copying its campaign's), `subscribed_users` a serialized
-- array of user ids notified of new comments on it, `background_info` a free-text note, `deleted_at` a soft
-- delete. `contacts.lead_id` is the lead the contact was converted from, `contacts.reports_to` a user,
-- `account_contacts` links a contact to its company, `contact_opportunities.role` is the contact's role in a deal.
-- Leads: `status` new / contacted / converted / rejected, `source` campaign / cold call / conference / online /
-- referral / self / web / word of mouth, `referred_by` who referred them, `rating` 0-5 stars, `company` their
-- employer. Opportunities: `stage` prospecting ... won / lost, `probability` %, `closes_on` expected close date.
-- Tasks: `category` call / email / follow-up / lunch / meeting / money / presentation / trip, `bucket` the
-- due-date group (due asap, today, tomorrow, this week, next week, later), `completed_by` the user completing it.
-- `emails` are messages BCC'd or forwarded to the CRM's dropbox mailbox and attached to an entity (`mediator`);
-- `comments` are notes posted by users on an entity or task (`@username` mentions subscribe the user).
-- Polymorphic references (`<noun>_type` names the model, `<noun>_id` its row): tasks' and permissions' `asset`,
-- emails' `mediator`, comments' `commentable`, addresses' `addressable` (account billing/shipping, contact or lead
-- business address), avatars' `entity` (a user or contact), taggings' `taggable` and `tagger`, versions' `item`
-- and `related`, activities' `subject`, Active Storage / Action Text `record`. `versions` is paper_trail's history
-- (event create / update / destroy / view, `whodunnit` the acting user's id as text, `object` the previous state,
-- `object_changes` the diff), shown as each user's "recent activity"; `activities` is the older activity log it
-- replaced (action, `info` the item's name). `preferences` are per-user settings (name, Base64 JSON value),
-- `settings` the installation's, `lists` a user's saved searches (name, url), `research_tools` URL templates for
-- looking up an entity on the web, `fields` / `field_groups` custom-field definitions, `sessions` the
-- ActiveRecord session store (the default configuration uses cookies).

CREATE TABLE `account_contacts` (
  `id` bigint NOT NULL PRIMARY KEY,
  `account_id` int,
  `contact_id` int,
  `deleted_at` datetime,
  `created_at` datetime,
  `updated_at` datetime
);

CREATE TABLE `account_opportunities` (
  `id` bigint NOT NULL PRIMARY KEY,
  `account_id` int,
  `opportunity_id` int,
  `deleted_at` datetime,
  `created_at` datetime,
  `updated_at` datetime
);

CREATE TABLE `accounts` (
  `id` bigint NOT NULL PRIMARY KEY,
  `user_id` int,
  `assigned_to` int,
  `name` varchar(64) NOT NULL DEFAULT '',
  `access` varchar(8) DEFAULT 'Public',
  `website` varchar(64),
  `toll_free_phone` varchar(32),
  `phone` varchar(32),
  `fax` varchar(32),
  `deleted_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  `email` varchar(254),
  `background_info` varchar(255),
  `rating` int NOT NULL DEFAULT 0,
  `category` varchar(32),
  `subscribed_users` text,
  `contacts_count` int DEFAULT 0,
  `opportunities_count` int DEFAULT 0,
  `latitude` decimal(10,6),
  `longitude` decimal(10,6)
);

CREATE TABLE `action_text_rich_texts` (
  `id` bigint NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `body` text,
  `record_type` varchar(255) NOT NULL,
  `record_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL
);

CREATE TABLE `active_storage_blobs` (
  `id` bigint NOT NULL PRIMARY KEY,
  `key` varchar(255) NOT NULL,
  `filename` varchar(255) NOT NULL,
  `content_type` varchar(255),
  `metadata` text,
  `service_name` varchar(255) NOT NULL,
  `byte_size` bigint NOT NULL,
  `checksum` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL
);

CREATE TABLE `active_storage_attachments` (
  `id` bigint NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `record_type` varchar(255) NOT NULL,
  `record_id` bigint NOT NULL,
  `blob_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
);

CREATE TABLE `active_storage_variant_records` (
  `id` bigint NOT NULL PRIMARY KEY,
  `blob_id` bigint NOT NULL,
  `variation_digest` varchar(255) NOT NULL,
  FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
);

CREATE TABLE `activities` (
  `id` bigint NOT NULL PRIMARY KEY,
  `user_id` int,
  `subject_type` varchar(255),
  `subject_id` int,
  `action` varchar(32) DEFAULT 'created',
  `info` varchar(255) DEFAULT '',
  `private` boolean DEFAULT false,
  `created_at` datetime,
  `updated_at` datetime
);

CREATE TABLE `addresses` (
  `id` bigint NOT NULL PRIMARY KEY,
  `street1` varchar(255),
  `street2` varchar(255),
  `city` varchar(64),
  `state` varchar(64),
  `zipcode` varchar(16),
  `country` varchar(64),
  `full_address` varchar(255),
  `address_type` varchar(16),
  `addressable_type` varchar(255),
  `addressable_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime
);

CREATE TABLE `avatars` (
  `id` bigint NOT NULL PRIMARY KEY,
  `user_id` int,
  `entity_type` varchar(255),
  `entity_id` int,
  `image_file_size` int,
  `image_file_name` varchar(255),
  `image_content_type` varchar(255),
  `created_at` datetime,
  `updated_at` datetime
);

CREATE TABLE `campaigns` (
  `id` bigint NOT NULL PRIMARY KEY,
  `user_id` int,
  `assigned_to` int,
  `name` varchar(64) NOT NULL DEFAULT '',
  `access` varchar(8) DEFAULT 'Public',
  `status` varchar(64),
  `budget` decimal(12,2),
  `target_leads` int,
  `target_conversion` float,
  `target_revenue` decimal(12,2),
  `leads_count` int,
  `opportunities_count` int,
  `revenue` decimal(12,2),
  `starts_on` date,
  `ends_on` date,
  `objectives` text,
  `deleted_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  `background_info` varchar(255),
  `subscribed_users` text
);

CREATE TABLE `comments` (
  `id` bigint NOT NULL PRIMARY KEY,
  `user_id` int,
  `commentable_type` varchar(255),
  `commentable_id` int,
  `private` boolean,
  `title` varchar(255) DEFAULT '',
  `comment` text,
  `created_at` datetime,
  `updated_at` datetime,
  `state` varchar(16) NOT NULL DEFAULT 'Expanded'
);

CREATE TABLE `contact_opportunities` (
  `id` bigint NOT NULL PRIMARY KEY,
  `contact_id` int,
  `opportunity_id` int,
  `role` varchar(32),
  `deleted_at` datetime,
  `created_at` datetime,
  `updated_at` datetime
);

CREATE TABLE `contacts` (
  `id` bigint NOT NULL PRIMARY KEY,
  `user_id` int,
  `lead_id` int,
  `assigned_to` int,
  `reports_to` int,
  `first_name` varchar(64) NOT NULL DEFAULT '',
  `last_name` varchar(64) NOT NULL DEFAULT '',
  `access` varchar(8) DEFAULT 'Public',
  `title` varchar(64),
  `department` varchar(64),
  `source` varchar(32),
  `email` varchar(254),
  `alt_email` varchar(254),
  `phone` varchar(32),
  `mobile` varchar(32),
  `fax` varchar(32),
  `blog` varchar(128),
  `linkedin` varchar(128),
  `facebook` varchar(128),
  `twitter` varchar(128),
  `born_on` date,
  `do_not_call` boolean NOT NULL DEFAULT false,
  `deleted_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  `background_info` varchar(255),
  `subscribed_users` text
);

CREATE TABLE `emails` (
  `id` bigint NOT NULL PRIMARY KEY,
  `imap_message_id` varchar(255) NOT NULL,
  `user_id` int,
  `mediator_type` varchar(255),
  `mediator_id` int,
  `sent_from` varchar(255) NOT NULL,
  `sent_to` varchar(255) NOT NULL,
  `cc` varchar(255),
  `bcc` varchar(255),
  `subject` varchar(255),
  `body` text,
  `header` text,
  `sent_at` datetime,
  `received_at` datetime,
  `deleted_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  `state` varchar(16) NOT NULL DEFAULT 'Expanded'
);

CREATE TABLE `field_groups` (
  `id` bigint NOT NULL PRIMARY KEY,
  `name` varchar(64),
  `label` varchar(128),
  `position` int,
  `hint` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `tag_id` int,
  `klass_name` varchar(32)
);

CREATE TABLE `fields` (
  `id` bigint NOT NULL PRIMARY KEY,
  `type` varchar(255),
  `field_group_id` int,
  `position` int,
  `name` varchar(64),
  `label` varchar(128),
  `hint` varchar(255),
  `placeholder` varchar(255),
  `as` varchar(32),
  `collection` text,
  `disabled` boolean,
  `required` boolean,
  `maxlength` int,
  `created_at` datetime,
  `updated_at` datetime,
  `pair_id` int,
  `settings` text,
  `minlength` int DEFAULT 0,
  `pattern` varchar(255),
  `autofocus` varchar(255),
  `autocomplete` varchar(255),
  `list` varchar(255),
  `multiple` varchar(255)
);

CREATE TABLE `groups` (
  `id` bigint NOT NULL PRIMARY KEY,
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime
);

CREATE TABLE `groups_users` (
  `group_id` int,
  `user_id` int
);

CREATE TABLE `leads` (
  `id` bigint NOT NULL PRIMARY KEY,
  `user_id` int,
  `campaign_id` int,
  `assigned_to` int,
  `first_name` varchar(64) NOT NULL DEFAULT '',
  `last_name` varchar(64) NOT NULL DEFAULT '',
  `access` varchar(8) DEFAULT 'Public',
  `title` varchar(64),
  `company` varchar(64),
  `source` varchar(32),
  `status` varchar(32),
  `referred_by` varchar(64),
  `email` varchar(254),
  `alt_email` varchar(254),
  `phone` varchar(32),
  `mobile` varchar(32),
  `blog` varchar(128),
  `linkedin` varchar(128),
  `facebook` varchar(128),
  `twitter` varchar(128),
  `rating` int NOT NULL DEFAULT 0,
  `do_not_call` boolean NOT NULL DEFAULT false,
  `deleted_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  `background_info` varchar(255),
  `subscribed_users` text
);

CREATE TABLE `lists` (
  `id` bigint NOT NULL PRIMARY KEY,
  `name` varchar(255),
  `url` text,
  `created_at` datetime,
  `updated_at` datetime,
  `user_id` int
);

CREATE TABLE `opportunities` (
  `id` bigint NOT NULL PRIMARY KEY,
  `user_id` int,
  `campaign_id` int,
  `assigned_to` int,
  `name` varchar(64) NOT NULL DEFAULT '',
  `access` varchar(8) DEFAULT 'Public',
  `source` varchar(32),
  `stage` varchar(32),
  `probability` int,
  `amount` decimal(12,2),
  `discount` decimal(12,2),
  `closes_on` date,
  `deleted_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  `background_info` varchar(255),
  `subscribed_users` text
);

CREATE TABLE `permissions` (
  `id` bigint NOT NULL PRIMARY KEY,
  `user_id` int,
  `asset_type` varchar(255),
  `asset_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `group_id` int
);

CREATE TABLE `preferences` (
  `id` bigint NOT NULL PRIMARY KEY,
  `user_id` int,
  `name` varchar(32) NOT NULL DEFAULT '',
  `value` text,
  `created_at` datetime,
  `updated_at` datetime
);

CREATE TABLE `research_tools` (
  `id` bigint NOT NULL PRIMARY KEY,
  `name` varchar(255),
  `url_template` varchar(255),
  `enabled` boolean NOT NULL DEFAULT false,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL
);

CREATE TABLE `sessions` (
  `id` bigint NOT NULL PRIMARY KEY,
  `session_id` varchar(255) NOT NULL,
  `data` text,
  `created_at` datetime,
  `updated_at` datetime
);

CREATE TABLE `settings` (
  `id` bigint NOT NULL PRIMARY KEY,
  `name` varchar(32) NOT NULL DEFAULT '',
  `value` text,
  `created_at` datetime,
  `updated_at` datetime
);

CREATE TABLE `taggings` (
  `id` bigint NOT NULL PRIMARY KEY,
  `tag_id` int,
  `taggable_id` int,
  `tagger_id` int,
  `tagger_type` varchar(255),
  `taggable_type` varchar(50),
  `context` varchar(50),
  `created_at` datetime
);

CREATE TABLE `tags` (
  `id` bigint NOT NULL PRIMARY KEY,
  `name` varchar(255),
  `taggings_count` int DEFAULT 0
);

CREATE TABLE `tasks` (
  `id` bigint NOT NULL PRIMARY KEY,
  `user_id` int,
  `assigned_to` int,
  `completed_by` int,
  `name` varchar(255) NOT NULL DEFAULT '',
  `asset_type` varchar(255),
  `asset_id` int,
  `priority` varchar(32),
  `category` varchar(32),
  `bucket` varchar(32),
  `due_at` datetime,
  `completed_at` datetime,
  `deleted_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  `background_info` varchar(255),
  `subscribed_users` text
);

CREATE TABLE `users` (
  `id` bigint NOT NULL PRIMARY KEY,
  `username` varchar(32) NOT NULL DEFAULT '',
  `email` varchar(254),
  `first_name` varchar(32),
  `last_name` varchar(32),
  `title` varchar(64),
  `company` varchar(64),
  `alt_email` varchar(254),
  `phone` varchar(32),
  `mobile` varchar(32),
  `aim` varchar(32),
  `yahoo` varchar(32),
  `google` varchar(32),
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `password_salt` varchar(255) NOT NULL DEFAULT '',
  `last_sign_in_at` datetime,
  `current_sign_in_at` datetime,
  `last_sign_in_ip` varchar(255),
  `current_sign_in_ip` varchar(255),
  `sign_in_count` int NOT NULL DEFAULT 0,
  `deleted_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  `admin` boolean NOT NULL DEFAULT false,
  `suspended_at` datetime,
  `unconfirmed_email` varchar(254),
  `reset_password_token` varchar(255),
  `reset_password_sent_at` datetime,
  `remember_token` varchar(255),
  `remember_created_at` datetime,
  `authentication_token` varchar(255),
  `confirmation_token` varchar(255),
  `confirmed_at` datetime,
  `confirmation_sent_at` datetime,
  `subscribe_to_comment_replies` boolean NOT NULL DEFAULT true,
  `receive_assigned_notifications` boolean NOT NULL DEFAULT true
);

CREATE TABLE `versions` (
  `id` bigint NOT NULL PRIMARY KEY,
  `item_type` varchar(255) NOT NULL,
  `item_id` int NOT NULL,
  `event` varchar(512),
  `whodunnit` varchar(255),
  `object` text,
  `created_at` datetime,
  `object_changes` text,
  `related_id` int,
  `related_type` varchar(255),
  `transaction_id` int
);

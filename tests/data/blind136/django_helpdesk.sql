-- django-helpdesk (django-helpdesk/django-helpdesk), src/helpdesk/models.py at commit 360bace463c78314adb07d6b8bffc4676b73be29 (BSD-3-Clause),
-- written as the MySQL DDL Django generates for these models (AutoField ids, FK columns <field>_id, implicit
-- many-to-many tables), with the Django contrib tables it relies on (auth_user is AUTH_USER_MODEL; sessions; admin log).
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `django_content_type` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
);

CREATE TABLE `auth_permission` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `content_type_id` integer NOT NULL,
  `codename` varchar(100) NOT NULL,
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`, `codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
);

CREATE TABLE `auth_group` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(150) NOT NULL UNIQUE
);

CREATE TABLE `auth_user` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) NULL,
  `is_superuser` bool NOT NULL,
  `username` varchar(150) NOT NULL UNIQUE,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` bool NOT NULL,
  `is_active` bool NOT NULL,
  `date_joined` datetime(6) NOT NULL
);

CREATE TABLE `auth_user_groups` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL,
  `group_id` integer NOT NULL,
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`, `group_id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
);

CREATE TABLE `auth_user_user_permissions` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL,
  `permission_id` integer NOT NULL,
  UNIQUE KEY `auth_user_user_permissions_user_id_permission_id_14a6b632_uniq` (`user_id`, `permission_id`),
  CONSTRAINT `auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`)
);

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL PRIMARY KEY,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL
);

CREATE TABLE `django_admin_log` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint UNSIGNED NOT NULL,
  `change_message` longtext NOT NULL,
  `content_type_id` integer NULL,
  `user_id` integer NOT NULL,
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

-- A queue: a mailbox / category tickets are filed in, with its own e-mail import settings.
CREATE TABLE `helpdesk_queue` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `title` varchar(100) NOT NULL,
  `slug` varchar(50) NOT NULL UNIQUE,
  `email_address` varchar(254) NULL,
  `locale` varchar(10) NULL,
  `allow_public_submission` bool NOT NULL,
  `allow_email_submission` bool NOT NULL,
  `escalate_days` integer NULL,
  `new_ticket_cc` varchar(200) NULL,
  `updated_ticket_cc` varchar(200) NULL,
  `enable_notifications_on_email_events` bool NOT NULL,
  `email_box_type` varchar(5) NULL,
  `email_box_host` varchar(200) NULL,
  `email_box_port` integer NULL,
  `email_box_ssl` bool NOT NULL,
  `email_box_user` varchar(200) NULL,
  `email_box_pass` varchar(200) NULL,
  `email_box_imap_folder` varchar(100) NULL,
  `email_box_local_dir` varchar(200) NULL,
  `permission_name` varchar(72) NULL,
  `email_box_interval` integer NULL,
  `email_box_last_check` datetime(6) NULL,
  `socks_proxy_type` varchar(8) NULL,
  `socks_proxy_host` char(39) NULL,
  `socks_proxy_port` integer NULL,
  `logging_type` varchar(5) NULL,
  `logging_dir` varchar(200) NULL,
  `default_owner_id` integer NULL,
  `dedicated_time` bigint NULL,
  CONSTRAINT `helpdesk_queue_default_owner_id_fk_auth_user_id` FOREIGN KEY (`default_owner_id`) REFERENCES `auth_user` (`id`)
);

-- To allow a ticket to be entered as quickly as possible, only the bare minimum fields are required.
CREATE TABLE `helpdesk_ticket` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `title` varchar(200) NOT NULL,
  `queue_id` integer NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `submitter_email` varchar(254) NULL COMMENT 'The submitter will receive an email for all public follow-ups left for this task.',
  `assigned_to_id` integer NULL,
  `status` integer NOT NULL,
  `on_hold` bool NOT NULL COMMENT 'If a ticket is on hold, it will not automatically be escalated.',
  `description` longtext NULL COMMENT 'The content of the customers query.',
  `resolution` longtext NULL COMMENT 'The resolution provided to the customer by our staff.',
  `priority` integer NOT NULL COMMENT '1 = Highest Priority, 5 = Low Priority',
  `due_date` datetime(6) NULL,
  `last_escalation` datetime(6) NULL COMMENT 'The date this ticket was last escalated - updated automatically by management/commands/escalate_tickets.py.',
  `secret_key` varchar(36) NOT NULL COMMENT 'Secret key needed for viewing/editing ticket by non-logged in users',
  `kbitem_id` integer NULL COMMENT 'Knowledge base item the user was viewing when they created this ticket.',
  `merged_to_id` integer NULL,
  CONSTRAINT `helpdesk_ticket_queue_id_fk_helpdesk_queue_id` FOREIGN KEY (`queue_id`) REFERENCES `helpdesk_queue` (`id`),
  CONSTRAINT `helpdesk_ticket_assigned_to_id_fk_auth_user_id` FOREIGN KEY (`assigned_to_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `helpdesk_ticket_kbitem_id_fk_helpdesk_kbitem_id` FOREIGN KEY (`kbitem_id`) REFERENCES `helpdesk_kbitem` (`id`),
  CONSTRAINT `helpdesk_ticket_merged_to_id_fk_helpdesk_ticket_id` FOREIGN KEY (`merged_to_id`) REFERENCES `helpdesk_ticket` (`id`)
);

-- A FollowUp is a comment and/or change to a ticket.
CREATE TABLE `helpdesk_followup` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `ticket_id` integer NOT NULL,
  `date` datetime(6) NOT NULL,
  `title` varchar(200) NULL,
  `comment` longtext NULL,
  `public` bool NOT NULL COMMENT 'Public tickets are viewable by the submitter and all staff, but non-public tickets can only be seen by staff.',
  `user_id` integer NULL,
  `new_status` integer NULL COMMENT 'If the status was changed, what was it changed to?',
  `message_id` varchar(256) NULL COMMENT 'The Message ID of the submitter''s email.',
  `time_spent` bigint NULL COMMENT 'Time spent on this follow up',
  CONSTRAINT `helpdesk_followup_ticket_id_fk_helpdesk_ticket_id` FOREIGN KEY (`ticket_id`) REFERENCES `helpdesk_ticket` (`id`),
  CONSTRAINT `helpdesk_followup_user_id_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

-- For each FollowUp, any changes to the parent ticket (eg Title, Priority, etc) are tracked here for display purposes.
CREATE TABLE `helpdesk_ticketchange` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `followup_id` integer NOT NULL,
  `field` varchar(200) NOT NULL,
  `old_value` longtext NULL,
  `new_value` longtext NULL,
  CONSTRAINT `helpdesk_ticketchange_followup_id_fk_helpdesk_followup_id` FOREIGN KEY (`followup_id`) REFERENCES `helpdesk_followup` (`id`)
);

CREATE TABLE `helpdesk_followupattachment` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `file` varchar(1000) NOT NULL,
  `filename` varchar(1000) NOT NULL,
  `mime_type` varchar(255) NOT NULL,
  `size` integer NOT NULL COMMENT 'Size of this file in bytes',
  `followup_id` integer NOT NULL,
  CONSTRAINT `helpdesk_followupattachment_followup_id_fk_helpdesk_followup_id` FOREIGN KEY (`followup_id`) REFERENCES `helpdesk_followup` (`id`)
);

CREATE TABLE `helpdesk_kbiattachment` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `file` varchar(1000) NOT NULL,
  `filename` varchar(1000) NOT NULL,
  `mime_type` varchar(255) NOT NULL,
  `size` integer NOT NULL COMMENT 'Size of this file in bytes',
  `kbitem_id` integer NOT NULL,
  CONSTRAINT `helpdesk_kbiattachment_kbitem_id_fk_helpdesk_kbitem_id` FOREIGN KEY (`kbitem_id`) REFERENCES `helpdesk_kbitem` (`id`)
);

-- Pre-set replies used in the Comment/Resolution fields of tickets.
CREATE TABLE `helpdesk_presetreply` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(100) NOT NULL,
  `body` longtext NOT NULL
);

CREATE TABLE `helpdesk_presetreply_queues` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `presetreply_id` integer NOT NULL,
  `queue_id` integer NOT NULL,
  UNIQUE KEY `helpdesk_presetreply_queues_presetreply_id_queue_id_uniq` (`presetreply_id`, `queue_id`),
  CONSTRAINT `helpdesk_presetreply_queues_presetreply_id_fk` FOREIGN KEY (`presetreply_id`) REFERENCES `helpdesk_presetreply` (`id`),
  CONSTRAINT `helpdesk_presetreply_queues_queue_id_fk` FOREIGN KEY (`queue_id`) REFERENCES `helpdesk_queue` (`id`)
);

-- Days on which tickets will not be escalated (weekends, public holidays).
CREATE TABLE `helpdesk_escalationexclusion` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(100) NOT NULL,
  `date` date NOT NULL
);

CREATE TABLE `helpdesk_escalationexclusion_queues` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `escalationexclusion_id` integer NOT NULL,
  `queue_id` integer NOT NULL,
  UNIQUE KEY `helpdesk_escalationexclusion_queues_uniq` (`escalationexclusion_id`, `queue_id`),
  CONSTRAINT `helpdesk_escalationexclusion_queues_excl_id_fk` FOREIGN KEY (`escalationexclusion_id`) REFERENCES `helpdesk_escalationexclusion` (`id`),
  CONSTRAINT `helpdesk_escalationexclusion_queues_queue_id_fk` FOREIGN KEY (`queue_id`) REFERENCES `helpdesk_queue` (`id`)
);

CREATE TABLE `helpdesk_emailtemplate` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `template_name` varchar(100) NOT NULL,
  `subject` varchar(100) NOT NULL,
  `heading` varchar(100) NOT NULL,
  `plain_text` longtext NOT NULL,
  `html` longtext NOT NULL,
  `locale` varchar(10) NULL
);

CREATE TABLE `helpdesk_kbcategory` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(100) NOT NULL,
  `title` varchar(100) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `description` longtext NOT NULL,
  `queue_id` integer NULL COMMENT 'Default queue when creating a ticket after viewing this category.',
  `public` bool NOT NULL,
  CONSTRAINT `helpdesk_kbcategory_queue_id_fk_helpdesk_queue_id` FOREIGN KEY (`queue_id`) REFERENCES `helpdesk_queue` (`id`)
);

-- An item within the knowledgebase. Very straightforward question/answer style system.
CREATE TABLE `helpdesk_kbitem` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `category_id` integer NOT NULL,
  `title` varchar(100) NOT NULL,
  `question` longtext NOT NULL,
  `answer` longtext NOT NULL,
  `votes` integer NOT NULL COMMENT 'Total number of votes cast for this item',
  `recommendations` integer NOT NULL COMMENT 'Number of votes for this item which were POSITIVE.',
  `last_updated` datetime(6) NOT NULL,
  `team_id` integer NULL,
  `order` integer UNSIGNED NULL,
  `enabled` bool NOT NULL,
  CONSTRAINT `helpdesk_kbitem_category_id_fk_helpdesk_kbcategory_id` FOREIGN KEY (`category_id`) REFERENCES `helpdesk_kbcategory` (`id`)
);

CREATE TABLE `helpdesk_kbitem_voted_by` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `kbitem_id` integer NOT NULL,
  `user_id` integer NOT NULL,
  UNIQUE KEY `helpdesk_kbitem_voted_by_kbitem_id_user_id_uniq` (`kbitem_id`, `user_id`),
  CONSTRAINT `helpdesk_kbitem_voted_by_kbitem_id_fk` FOREIGN KEY (`kbitem_id`) REFERENCES `helpdesk_kbitem` (`id`),
  CONSTRAINT `helpdesk_kbitem_voted_by_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `helpdesk_kbitem_downvoted_by` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `kbitem_id` integer NOT NULL,
  `user_id` integer NOT NULL,
  UNIQUE KEY `helpdesk_kbitem_downvoted_by_kbitem_id_user_id_uniq` (`kbitem_id`, `user_id`),
  CONSTRAINT `helpdesk_kbitem_downvoted_by_kbitem_id_fk` FOREIGN KEY (`kbitem_id`) REFERENCES `helpdesk_kbitem` (`id`),
  CONSTRAINT `helpdesk_kbitem_downvoted_by_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

-- Allow a user to save a ticket search, eg their filtering and sorting options, and optionally share it with other users.
CREATE TABLE `helpdesk_savedsearch` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL,
  `title` varchar(100) NOT NULL,
  `shared` bool NOT NULL,
  `query` longtext NOT NULL,
  CONSTRAINT `helpdesk_savedsearch_user_id_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

-- A bunch of user-specific settings that we want to be able to define.
CREATE TABLE `helpdesk_usersettings` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL UNIQUE,
  `settings_pickled` longtext NULL,
  `login_view_ticketlist` bool NOT NULL,
  `email_on_ticket_change` bool NOT NULL,
  `email_on_ticket_assign` bool NOT NULL,
  `tickets_per_page` integer NOT NULL,
  `use_email_as_submitter` bool NOT NULL,
  CONSTRAINT `helpdesk_usersettings_user_id_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

-- This model lets us easily ignore e-mails from certain senders when processing IMAP and POP3 mailboxes.
CREATE TABLE `helpdesk_ignoreemail` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(100) NOT NULL,
  `date` date NOT NULL,
  `email_address` varchar(150) NOT NULL,
  `keep_in_mailbox` bool NOT NULL
);

CREATE TABLE `helpdesk_ignoreemail_queues` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `ignoreemail_id` integer NOT NULL,
  `queue_id` integer NOT NULL,
  UNIQUE KEY `helpdesk_ignoreemail_queues_ignoreemail_id_queue_id_uniq` (`ignoreemail_id`, `queue_id`),
  CONSTRAINT `helpdesk_ignoreemail_queues_ignoreemail_id_fk` FOREIGN KEY (`ignoreemail_id`) REFERENCES `helpdesk_ignoreemail` (`id`),
  CONSTRAINT `helpdesk_ignoreemail_queues_queue_id_fk` FOREIGN KEY (`queue_id`) REFERENCES `helpdesk_queue` (`id`)
);

-- Often, there are people who wish to follow a ticket who aren't the person who originally submitted it.
CREATE TABLE `helpdesk_ticketcc` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `ticket_id` integer NOT NULL,
  `user_id` integer NULL,
  `email` varchar(254) NULL,
  `can_view` bool NOT NULL,
  `can_update` bool NOT NULL,
  CONSTRAINT `helpdesk_ticketcc_ticket_id_fk_helpdesk_ticket_id` FOREIGN KEY (`ticket_id`) REFERENCES `helpdesk_ticket` (`id`),
  CONSTRAINT `helpdesk_ticketcc_user_id_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

-- Definitions for custom fields that are glued onto each ticket.
CREATE TABLE `helpdesk_customfield` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(50) NOT NULL UNIQUE,
  `label` varchar(30) NOT NULL,
  `help_text` longtext NULL,
  `data_type` varchar(100) NOT NULL,
  `max_length` integer NULL,
  `decimal_places` integer NULL,
  `empty_selection_list` bool NOT NULL,
  `list_values` longtext NULL,
  `ordering` integer NULL,
  `required` bool NOT NULL,
  `staff_only` bool NOT NULL
);

CREATE TABLE `helpdesk_ticketcustomfieldvalue` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `ticket_id` integer NOT NULL,
  `field_id` integer NOT NULL,
  `value` longtext NULL,
  UNIQUE KEY `helpdesk_ticketcustomfieldvalue_ticket_id_field_id_uniq` (`ticket_id`, `field_id`),
  CONSTRAINT `helpdesk_ticketcustomfieldvalue_ticket_id_fk` FOREIGN KEY (`ticket_id`) REFERENCES `helpdesk_ticket` (`id`),
  CONSTRAINT `helpdesk_ticketcustomfieldvalue_field_id_fk` FOREIGN KEY (`field_id`) REFERENCES `helpdesk_customfield` (`id`)
);

-- The ticket identified by ticket cannot be resolved until the ticket in depends_on has been resolved.
CREATE TABLE `helpdesk_ticketdependency` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `ticket_id` integer NOT NULL,
  `depends_on_id` integer NOT NULL,
  UNIQUE KEY `helpdesk_ticketdependency_ticket_id_depends_on_id_uniq` (`ticket_id`, `depends_on_id`),
  CONSTRAINT `helpdesk_ticketdependency_ticket_id_fk` FOREIGN KEY (`ticket_id`) REFERENCES `helpdesk_ticket` (`id`),
  CONSTRAINT `helpdesk_ticketdependency_depends_on_id_fk` FOREIGN KEY (`depends_on_id`) REFERENCES `helpdesk_ticket` (`id`)
);

CREATE TABLE `helpdesk_checklisttemplate` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(100) NOT NULL,
  `task_list` json NOT NULL
);

CREATE TABLE `helpdesk_checklist` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `ticket_id` integer NOT NULL,
  `name` varchar(100) NOT NULL,
  CONSTRAINT `helpdesk_checklist_ticket_id_fk_helpdesk_ticket_id` FOREIGN KEY (`ticket_id`) REFERENCES `helpdesk_ticket` (`id`)
);

CREATE TABLE `helpdesk_checklisttask` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `checklist_id` integer NOT NULL,
  `description` varchar(250) NOT NULL,
  `completion_date` datetime(6) NULL,
  `position` smallint UNSIGNED NOT NULL,
  CONSTRAINT `helpdesk_checklisttask_checklist_id_fk_helpdesk_checklist_id` FOREIGN KEY (`checklist_id`) REFERENCES `helpdesk_checklist` (`id`)
);

-- codebar planner (the site of codebar.io: free programming workshops and courses in which volunteer coaches tutor
-- students from under-represented groups, run by local chapters; members, invitations and RSVPs, attendance,
-- waiting lists, feedback on coaches, sponsors and their contacts, bans, job board, e-mail deliveries)
-- Upstream: github.com/codebar/planner, commit ad7d711dbc5265c46c32557feadfe4db9de52fd6, db/schema.rb (Rails 8.1 schema of PostgreSQL; Rails 8.1
-- writes each table's columns in alphabetical order, kept as upstream's file has them) (MIT)
-- Converted by a small script: implicit id first (id: :serial -> int AUTO_INCREMENT, otherwise bigint);
-- string -> varchar(255) (or its limit), datetime -> datetime (precision 6 where no precision: nil), boolean ->
-- tinyint(1), binary -> blob, PostgreSQL arrays and the enum array -> json; t.index -> KEY / UNIQUE KEY (a partial
-- unique index's WHERE dropped); add_foreign_key -> FOREIGN KEY. All 46 tables kept.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `activities` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `key` varchar(255),
  `owner_id` bigint,
  `owner_type` varchar(255),
  `parameters` text,
  `recipient_id` bigint,
  `recipient_type` varchar(255),
  `trackable_id` bigint,
  `trackable_type` varchar(255),
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_activities_on_owner_id_and_owner_type` (`owner_id`, `owner_type`),
  KEY `index_activities_on_owner_type_and_owner_id` (`owner_type`, `owner_id`),
  KEY `index_activities_on_recipient_id_and_recipient_type` (`recipient_id`, `recipient_type`),
  KEY `index_activities_on_recipient_type_and_recipient_id` (`recipient_type`, `recipient_id`),
  KEY `index_activities_on_trackable_id_and_trackable_type` (`trackable_id`, `trackable_type`),
  KEY `index_activities_on_trackable_type_and_trackable_id` (`trackable_type`, `trackable_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `addresses` (
  `id` int NOT NULL AUTO_INCREMENT,
  `city` varchar(255),
  `created_at` datetime,
  `directions` text,
  `flat` varchar(255),
  `latitude` varchar(255),
  `longitude` varchar(255),
  `postal_code` varchar(255),
  `sponsor_id` int,
  `street` varchar(255),
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `announcements` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `created_by_id` int,
  `expires_at` datetime,
  `message` text,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_announcements_on_created_by_id` (`created_by_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attendance_warnings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `member_id` int,
  `sent_by_id` int,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_attendance_warnings_on_member_id` (`member_id`),
  KEY `index_attendance_warnings_on_sent_by_id` (`sent_by_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_services` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `member_id` int,
  `provider` varchar(255),
  `uid` varchar(255),
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_auth_services_on_member_id` (`member_id`),
  UNIQUE KEY `index_auth_services_on_uid_and_provider` (`uid`, `provider`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bans` (
  `id` int NOT NULL AUTO_INCREMENT,
  `added_by_id` int,
  `created_at` datetime,
  `expires_at` datetime,
  `explanation` text,
  `member_id` int,
  `note` text,
  `permanent` tinyint(1) DEFAULT 0,
  `reason` varchar(255),
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_bans_on_added_by_id` (`added_by_id`),
  KEY `index_bans_on_member_id` (`member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `chapters` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1) DEFAULT 1,
  `city` varchar(255),
  `created_at` datetime,
  `description` text,
  `email` varchar(255),
  `image` varchar(255),
  `name` varchar(255),
  `slug` varchar(255),
  `time_zone` varchar(255) NOT NULL DEFAULT 'London',
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_chapters_on_email` (`email`),
  UNIQUE KEY `index_chapters_on_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `chapters_events` (
  `id` int NOT NULL AUTO_INCREMENT,
  `chapter_id` int,
  `event_id` int,
  PRIMARY KEY (`id`),
  KEY `index_chapters_events_on_chapter_id` (`chapter_id`),
  KEY `index_chapters_events_on_event_id` (`event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `chapters_meetings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `chapter_id` int,
  `meeting_id` int,
  PRIMARY KEY (`id`),
  KEY `index_chapters_meetings_on_chapter_id` (`chapter_id`),
  KEY `index_chapters_meetings_on_meeting_id` (`meeting_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contacts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `comment` text,
  `created_at` datetime,
  `email` varchar(255),
  `mailing_list_consent` tinyint(1) DEFAULT 0,
  `name` varchar(255),
  `sponsor_id` int,
  `surname` varchar(255),
  `token` varchar(255) NOT NULL,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_contacts_on_email_and_sponsor_id` (`email`, `sponsor_id`),
  KEY `index_contacts_on_sponsor_id` (`sponsor_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `course_invitations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `attended` tinyint(1),
  `attending` tinyint(1),
  `course_id` int,
  `created_at` datetime,
  `member_id` int,
  `note` text,
  `token` varchar(255),
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_course_invitations_on_course_id` (`course_id`),
  KEY `index_course_invitations_on_member_id` (`member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `course_tutors` (
  `id` int NOT NULL AUTO_INCREMENT,
  `course_id` int,
  `created_at` datetime,
  `tutor_id` int,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_course_tutors_on_course_id` (`course_id`),
  KEY `index_course_tutors_on_tutor_id` (`tutor_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `courses` (
  `id` int NOT NULL AUTO_INCREMENT,
  `chapter_id` int,
  `created_at` datetime,
  `date_and_time` datetime,
  `description` text,
  `ends_at` datetime,
  `seats` int DEFAULT 0,
  `short_description` varchar(255),
  `slug` varchar(255),
  `sponsor_id` int,
  `ticket_url` varchar(255),
  `title` varchar(255),
  `tutor_id` int,
  `updated_at` datetime,
  `url` varchar(255),
  PRIMARY KEY (`id`),
  KEY `index_courses_on_chapter_id` (`chapter_id`),
  KEY `index_courses_on_sponsor_id` (`sponsor_id`),
  KEY `index_courses_on_tutor_id` (`tutor_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `delayed_jobs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `attempts` int NOT NULL DEFAULT 0,
  `created_at` datetime,
  `failed_at` datetime,
  `handler` text NOT NULL,
  `last_error` text,
  `locked_at` datetime,
  `locked_by` varchar(255),
  `priority` int NOT NULL DEFAULT 0,
  `queue` varchar(255),
  `run_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `delayed_jobs_priority` (`priority`, `run_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eligibility_inquiries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `member_id` int,
  `sent_by_id` int,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_eligibility_inquiries_on_member_id` (`member_id`),
  KEY `index_eligibility_inquiries_on_sent_by_id` (`sent_by_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events` (
  `id` int NOT NULL AUTO_INCREMENT,
  `announce_only` tinyint(1),
  `audience` varchar(255),
  `coach_description` text,
  `coach_questionnaire` varchar(255),
  `coach_spaces` int,
  `confirmation_required` tinyint(1) DEFAULT 0,
  `created_at` datetime,
  `date_and_time` datetime,
  `description` text,
  `display_coaches` tinyint(1),
  `display_students` tinyint(1),
  `email` varchar(255),
  `ends_at` datetime,
  `external_url` varchar(255),
  `info` varchar(255),
  `invitable` tinyint(1) DEFAULT 0,
  `name` varchar(255),
  `schedule` text,
  `show_faq` tinyint(1),
  `slug` varchar(255),
  `student_questionnaire` varchar(255),
  `student_spaces` int,
  `surveys_required` tinyint(1) DEFAULT 0,
  `time_zone` varchar(255) NOT NULL DEFAULT 'London',
  `tito_url` varchar(255),
  `updated_at` datetime,
  `url` varchar(255),
  `venue_id` int,
  `virtual` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_events_on_date_and_time` (`date_and_time`),
  UNIQUE KEY `index_events_on_slug` (`slug`),
  KEY `index_events_on_venue_id` (`venue_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feedback_requests` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `member_id` int,
  `submited` tinyint(1),
  `token` varchar(255),
  `updated_at` datetime,
  `workshop_id` int,
  PRIMARY KEY (`id`),
  KEY `index_feedback_requests_on_member_id` (`member_id`),
  KEY `index_feedback_requests_on_workshop_id` (`workshop_id`),
  UNIQUE KEY `index_feedback_requests_on_member_id_and_workshop_id` (`member_id`, `workshop_id`),
  UNIQUE KEY `index_feedback_requests_on_token` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feedbacks` (
  `id` int NOT NULL AUTO_INCREMENT,
  `coach_id` int,
  `created_at` datetime,
  `rating` int,
  `request` text,
  `suggestions` text,
  `tutorial_id` int,
  `updated_at` datetime,
  `workshop_id` int,
  PRIMARY KEY (`id`),
  KEY `index_feedbacks_on_coach_id` (`coach_id`),
  KEY `index_feedbacks_on_tutorial_id` (`tutorial_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `friendly_id_slugs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `scope` varchar(255),
  `slug` varchar(255) NOT NULL,
  `sluggable_id` int NOT NULL,
  `sluggable_type` varchar(50),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_friendly_id_slugs_on_slug_and_sluggable_type_and_scope` (`slug`, `sluggable_type`, `scope`),
  KEY `index_friendly_id_slugs_on_slug_and_sluggable_type` (`slug`, `sluggable_type`),
  KEY `index_friendly_id_slugs_on_sluggable_id` (`sluggable_id`),
  KEY `index_friendly_id_slugs_on_sluggable_type` (`sluggable_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_announcements` (
  `id` int NOT NULL AUTO_INCREMENT,
  `announcement_id` int,
  `created_at` datetime,
  `group_id` int,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_group_announcements_on_announcement_id` (`announcement_id`),
  KEY `index_group_announcements_on_group_id` (`group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `chapter_id` int,
  `created_at` datetime,
  `description` text,
  `mailing_list_id` varchar(255),
  `name` varchar(255),
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_groups_on_chapter_id` (`chapter_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invitation_log_entries` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `failure_reason` text,
  `invitation_id` bigint,
  `invitation_log_id` bigint NOT NULL,
  `invitation_type` varchar(255),
  `member_id` bigint NOT NULL,
  `processed_at` datetime(6),
  `status` varchar(255) NOT NULL DEFAULT 'success',
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_invitation_log_entries_on_invitation_log_id_and_status` (`invitation_log_id`, `status`),
  KEY `index_invitation_log_entries_on_invitation_log_id` (`invitation_log_id`),
  KEY `index_invitation_log_entries_on_invitation` (`invitation_type`, `invitation_id`),
  KEY `index_invitation_log_entries_on_member_id_and_processed_at` (`member_id`, `processed_at`),
  KEY `index_invitation_log_entries_on_member_id` (`member_id`),
  CONSTRAINT `fk_invitation_log_entries_invitation_log_id` FOREIGN KEY (`invitation_log_id`) REFERENCES `invitation_logs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invitation_logs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `action` varchar(255) NOT NULL DEFAULT 'invite',
  `audience` varchar(255) NOT NULL,
  `chapter_id` bigint,
  `completed_at` datetime(6),
  `created_at` datetime(6) NOT NULL,
  `error_message` text,
  `expires_at` datetime(6),
  `failure_count` int DEFAULT 0,
  `initiator_id` bigint,
  `loggable_id` bigint,
  `loggable_type` varchar(255),
  `skipped_count` int DEFAULT 0,
  `started_at` datetime(6),
  `status` varchar(255) NOT NULL DEFAULT 'running',
  `success_count` int DEFAULT 0,
  `total_invitees` int DEFAULT 0,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_invitation_logs_on_chapter_id` (`chapter_id`),
  KEY `index_invitation_logs_on_created_at` (`created_at`),
  KEY `index_invitation_logs_on_expires_at` (`expires_at`),
  KEY `index_invitation_logs_on_initiator_id` (`initiator_id`),
  UNIQUE KEY `index_invitation_logs_unique_active` (`loggable_type`, `loggable_id`, `chapter_id`, `audience`, `action`, `status`),
  KEY `index_invitation_logs_on_loggable` (`loggable_type`, `loggable_id`),
  KEY `index_invitation_logs_on_status` (`status`),
  CONSTRAINT `fk_invitation_logs_initiator_id` FOREIGN KEY (`initiator_id`) REFERENCES `members` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invitations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `attending` tinyint(1),
  `created_at` datetime,
  `event_id` int,
  `member_id` int,
  `note` text,
  `role` varchar(255),
  `token` varchar(255),
  `updated_at` datetime,
  `verified` tinyint(1),
  `verified_by_id` int,
  PRIMARY KEY (`id`),
  KEY `index_invitations_event_attending` (`event_id`, `attending`),
  KEY `index_invitations_on_event_id` (`event_id`),
  KEY `index_invitations_member_attending` (`member_id`, `attending`),
  KEY `index_invitations_on_member_id` (`member_id`),
  KEY `index_invitations_on_verified_by_id` (`verified_by_id`),
  UNIQUE KEY `index_invitations_on_member_id_and_event_id_and_role` (`member_id`, `event_id`, `role`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jobs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `approved` tinyint(1) DEFAULT 0,
  `approved_by_id` int,
  `company` varchar(255),
  `company_address` varchar(255),
  `company_postcode` varchar(255),
  `company_website` varchar(255),
  `created_at` datetime,
  `created_by_id` int,
  `description` text,
  `email` varchar(255),
  `expiry_date` datetime,
  `link_to_job` varchar(255),
  `location` varchar(255),
  `published_on` datetime,
  `remote` tinyint(1),
  `salary` int,
  `slug` varchar(255),
  `status` int DEFAULT 0,
  `submitted` tinyint(1) DEFAULT 0,
  `title` varchar(255),
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_jobs_on_created_by_id` (`created_by_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meeting_invitations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `attended` tinyint(1) DEFAULT 0,
  `attending` tinyint(1),
  `created_at` datetime,
  `meeting_id` int,
  `member_id` int,
  `note` text,
  `role` varchar(255),
  `token` varchar(255),
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_meeting_invitations_meeting_attending` (`meeting_id`, `attending`),
  KEY `index_meeting_invitations_on_meeting_id` (`meeting_id`),
  KEY `index_meeting_invitations_member_attending` (`member_id`, `attending`),
  KEY `index_meeting_invitations_on_member_id` (`member_id`),
  UNIQUE KEY `index_meeting_invitations_on_member_id_and_meeting_id` (`member_id`, `meeting_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meetings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `date_and_time` datetime,
  `description` text,
  `ends_at` datetime,
  `invitable` tinyint(1),
  `invites_sent` tinyint(1) DEFAULT 0,
  `name` varchar(255),
  `slug` varchar(255),
  `spaces` int,
  `sponsor_id` int,
  `updated_at` datetime,
  `venue_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_meetings_on_slug` (`slug`),
  KEY `index_meetings_on_venue_id` (`venue_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `member_email_deliveries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `bcc` json,
  `body` text,
  `cc` json,
  `created_at` datetime(6) NOT NULL,
  `member_id` bigint,
  `member_type` varchar(255),
  `subject` text,
  `to` json,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_member_email_deliveries_on_member_id` (`member_id`),
  CONSTRAINT `fk_member_email_deliveries_member_id` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `member_notes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `author_id` int,
  `created_at` datetime,
  `member_id` int,
  `note` text,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_member_notes_on_author_id` (`author_id`),
  KEY `index_member_notes_on_member_id` (`member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `members` (
  `id` int NOT NULL AUTO_INCREMENT,
  `about_you` varchar(255),
  `accepted_toc_at` datetime,
  `created_at` datetime,
  `dietary_restrictions` json,
  `email` varchar(255),
  `how_you_found_us` int,
  `how_you_found_us_other_reason` varchar(255),
  `mobile` varchar(255),
  `name` varchar(255),
  `opt_in_newsletter_at` datetime,
  `other_dietary_restrictions` varchar(255),
  `pronouns` varchar(255),
  `received_coach_welcome_email` tinyint(1) DEFAULT 0,
  `received_student_welcome_email` tinyint(1) DEFAULT 0,
  `surname` varchar(255),
  `unsubscribed` tinyint(1),
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_members_on_email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `members_permissions` (
  `member_id` int,
  `permission_id` int,
  KEY `index_members_permissions_on_member_id_and_permission_id` (`member_id`, `permission_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `members_roles` (
  `member_id` int,
  `role_id` int,
  KEY `index_members_roles_on_member_id_and_role_id` (`member_id`, `role_id`),
  KEY `index_members_roles_on_member_id` (`member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permissions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `name` varchar(255),
  `resource_id` int,
  `resource_type` varchar(255),
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_permissions_on_name_and_resource_type_and_resource_id` (`name`, `resource_type`, `resource_id`),
  KEY `index_permissions_on_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `description` varchar(255),
  `name` varchar(255),
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `solid_cache_entries` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `byte_size` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `key` blob NOT NULL,
  `key_hash` bigint NOT NULL,
  `value` blob NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_solid_cache_entries_on_byte_size` (`byte_size`),
  KEY `index_solid_cache_entries_on_key_hash_and_byte_size` (`key_hash`, `byte_size`),
  UNIQUE KEY `index_solid_cache_entries_on_key_hash` (`key_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sponsors` (
  `id` int NOT NULL AUTO_INCREMENT,
  `accessibility_info` text,
  `avatar` varchar(255),
  `created_at` datetime,
  `description` text,
  `image_cache` varchar(255),
  `level` int NOT NULL DEFAULT 1,
  `name` varchar(255),
  `number_of_coaches` int,
  `seats` int DEFAULT 15,
  `updated_at` datetime,
  `website` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sponsorships` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `event_id` int,
  `level` varchar(255),
  `sponsor_id` int,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_sponsorships_on_event_id` (`event_id`),
  KEY `index_sponsorships_on_sponsor_id` (`sponsor_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscriptions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `group_id` int,
  `member_id` int,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_subscriptions_on_group_id` (`group_id`),
  UNIQUE KEY `index_subscriptions_on_member_id_group_id` (`member_id`, `group_id`),
  KEY `index_subscriptions_on_member_id` (`member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `taggings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `context` varchar(128),
  `created_at` datetime,
  `tag_id` int,
  `taggable_id` int,
  `taggable_type` varchar(255),
  `tagger_id` int,
  `tagger_type` varchar(255),
  `tenant` varchar(128),
  PRIMARY KEY (`id`),
  KEY `index_taggings_on_context` (`context`),
  UNIQUE KEY `taggings_idx` (`tag_id`, `taggable_id`, `taggable_type`, `context`, `tagger_id`, `tagger_type`),
  KEY `index_taggings_on_tag_id` (`tag_id`),
  KEY `index_taggings_on_taggable_id_and_taggable_type_and_context` (`taggable_id`, `taggable_type`, `context`),
  KEY `taggings_idy` (`taggable_id`, `taggable_type`, `tagger_id`, `context`),
  KEY `index_taggings_on_taggable_id` (`taggable_id`),
  KEY `index_taggings_on_taggable_type` (`taggable_type`),
  KEY `index_taggings_on_tagger_id_and_tagger_type` (`tagger_id`, `tagger_type`),
  KEY `index_taggings_on_tagger_id` (`tagger_id`),
  KEY `index_taggings_on_tenant` (`tenant`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `taggings_count` int DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_tags_on_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `testimonials` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `member_id` int,
  `text` text,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_testimonials_on_member_id` (`member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tutorials` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `description` text,
  `title` varchar(255),
  `updated_at` datetime,
  `url` varchar(255),
  `workshop_id` int,
  PRIMARY KEY (`id`),
  KEY `index_tutorials_on_workshop_id` (`workshop_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `waiting_lists` (
  `id` int NOT NULL AUTO_INCREMENT,
  `auto_rsvp` tinyint(1) DEFAULT 1,
  `created_at` datetime,
  `invitation_id` int,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_waiting_lists_on_invitation_id` (`invitation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workshop_invitations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `attended` tinyint(1),
  `attending` tinyint(1),
  `automated_rsvp` tinyint(1),
  `created_at` datetime,
  `last_overridden_by_id` int,
  `member_id` int,
  `note` text,
  `reminded_at` datetime,
  `role` varchar(255),
  `rsvp_time` datetime,
  `token` varchar(255),
  `tutorial` text,
  `updated_at` datetime,
  `workshop_id` int,
  PRIMARY KEY (`id`),
  KEY `index_workshop_invitations_member_attending` (`member_id`, `attending`),
  KEY `index_workshop_invitations_on_member_id` (`member_id`),
  UNIQUE KEY `index_workshop_invitations_on_token` (`token`),
  UNIQUE KEY `idx_on_member_id_workshop_id_role_e3cea6bbfd` (`member_id`, `workshop_id`, `role`),
  KEY `index_workshop_invitations_workshop_attending` (`workshop_id`, `attending`),
  KEY `index_workshop_invitations_on_workshop_id` (`workshop_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workshop_sponsors` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `host` tinyint(1) DEFAULT 0,
  `sponsor_id` int,
  `updated_at` datetime,
  `workshop_id` int,
  PRIMARY KEY (`id`),
  KEY `index_workshop_sponsors_on_sponsor_id` (`sponsor_id`),
  KEY `index_workshop_sponsors_on_workshop_id_and_host` (`workshop_id`, `host`),
  KEY `index_workshop_sponsors_on_workshop_id` (`workshop_id`),
  UNIQUE KEY `index_workshop_sponsors_on_sponsor_id_and_workshop_id` (`sponsor_id`, `workshop_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workshops` (
  `id` int NOT NULL AUTO_INCREMENT,
  `chapter_id` int,
  `coach_spaces` int DEFAULT 0,
  `created_at` datetime,
  `date_and_time` datetime,
  `description` text,
  `ends_at` datetime,
  `invitable` tinyint(1) DEFAULT 1,
  `rsvp_closes_at` datetime,
  `rsvp_opens_at` datetime,
  `sign_up_url` varchar(255),
  `slack_channel` varchar(255),
  `slack_channel_link` varchar(255),
  `student_spaces` int DEFAULT 0,
  `title` varchar(255),
  `updated_at` datetime,
  `virtual` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_workshops_on_chapter_id` (`chapter_id`),
  KEY `index_workshops_on_date_and_time` (`date_and_time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


-- Rails Girls Summer of Code teams app (rgsoc-teams), github.com/rails-girls-summer-of-code/rgsoc-teams db/schema.rb (version 20180714153306), commit e4ea5b37e7cfd18c5039e5647fa9693ce5f4e312 (MIT)
-- PostgreSQL Rails schema written as MySQL by a script: serial ids INT AUTO_INCREMENT, arrays and hstore as TEXT, expression indexes left out; teams.project_id (bigint upstream) written INT to match the SERIAL projects.id it references.

CREATE TABLE `activities` (
  `id` int NOT NULL AUTO_INCREMENT,
  `team_id` int,
  `kind` varchar(255),
  `guid` varchar(255),
  `author` varchar(255),
  `title` varchar(255),
  `content` text,
  `source_url` varchar(255),
  `published_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `img_url` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_drafts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `coaches_contact_info` text,
  `project_name` text,
  `project_url` text,
  `misc_info` text,
  `heard_about_it` text,
  `team_id` int,
  `season_id` int,
  `deprecated_voluntary` tinyint(1),
  `deprecated_voluntary_hours_per_week` int,
  `created_at` datetime,
  `updated_at` datetime,
  `applied_at` datetime,
  `updater_id` int,
  `state` text NOT NULL,
  `plan_project1` text,
  `project1_id` int,
  `project2_id` int,
  `working_together` text,
  `why_selected_project1` text,
  `why_selected_project2` text,
  `plan_project2` text,
  `work_week_explanation` text,
  `work_weeks` text,
  PRIMARY KEY (`id`),
  KEY `index_application_drafts_on_project1_id` (`project1_id`),
  KEY `index_application_drafts_on_project2_id` (`project2_id`),
  KEY `index_application_drafts_on_season_id` (`season_id`),
  KEY `index_application_drafts_on_team_id` (`team_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `applications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `application_data` text,
  `created_at` datetime,
  `updated_at` datetime,
  `gender_identification_student` varchar(255),
  `gender_identification_pair` varchar(255),
  `misc_info` text,
  `hidden` tinyint(1),
  `flags` text,
  `country` varchar(255),
  `city` varchar(255),
  `coaching_company` varchar(255),
  `form_application_id` int,
  `season_id` int,
  `team_id` int,
  `application_draft_id` int,
  `team_snapshot` json,
  `project_id` int,
  PRIMARY KEY (`id`),
  KEY `index_applications_on_application_draft_id` (`application_draft_id`),
  KEY `index_applications_on_project_id` (`project_id`),
  KEY `index_applications_on_season_id` (`season_id`),
  KEY `index_applications_on_team_id` (`team_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `text` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `commentable_id` int,
  `commentable_type` varchar(255),
  PRIMARY KEY (`id`),
  KEY `index_comments_on_commentable_id_and_commentable_type` (`commentable_id`, `commentable_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conference_attendances` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `attendance` tinyint(1),
  `orga_comment` text,
  `team_id` bigint,
  `conference_id` bigint,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_conference_attendances_on_conference_id` (`conference_id`),
  KEY `index_conference_attendances_on_team_id` (`team_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conference_preferences` (
  `id` int NOT NULL AUTO_INCREMENT,
  `confirmed` tinyint(1),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `comment` text,
  `lightning_talk` tinyint(1),
  `first_conference_id` bigint,
  `second_conference_id` bigint,
  `team_id` bigint,
  `terms_of_ticket` tinyint(1),
  `terms_of_travel` tinyint(1),
  PRIMARY KEY (`id`),
  KEY `index_conference_preferences_on_first_conference_id` (`first_conference_id`),
  KEY `index_conference_preferences_on_second_conference_id` (`second_conference_id`),
  KEY `index_conference_preferences_on_team_id` (`team_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conferences` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `location` varchar(255),
  `twitter` varchar(255),
  `url` varchar(255),
  `starts_on` date,
  `ends_on` date,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `season_id` int,
  `gid` varchar(255),
  `city` varchar(255),
  `country` varchar(255),
  `region` varchar(255),
  `notes` text,
  PRIMARY KEY (`id`),
  KEY `index_conferences_on_season_id` (`season_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mailings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `from` varchar(255),
  `to` varchar(255),
  `cc` varchar(255),
  `bcc` varchar(255),
  `subject` varchar(255),
  `body` text,
  `sent_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `group` int,
  `seasons` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `maintainerships` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `project_id` int,
  `user_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_maintainerships_on_project_id_and_user_id` (`project_id`, `user_id`),
  KEY `index_maintainerships_on_project_id` (`project_id`),
  KEY `index_maintainerships_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `body` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` int,
  PRIMARY KEY (`id`),
  KEY `index_notes_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `submitter_id` int,
  `season_id` int,
  `mentor_name` varchar(255),
  `mentor_github_handle` varchar(255),
  `mentor_email` varchar(255),
  `url` varchar(255),
  `description` text,
  `issues_and_features` text,
  `beginner_friendly` tinyint(1),
  `aasm_state` varchar(255),
  `tags` text,
  `source_url` varchar(255),
  `comments_locked` tinyint(1),
  `code_of_conduct` varchar(255),
  `requirements` text,
  `license` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ratings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `application_id` int,
  `data` text,
  `created_at` datetime,
  `updated_at` datetime,
  `user_id` int,
  `pick` tinyint(1),
  `like` tinyint(1),
  PRIMARY KEY (`id`),
  KEY `index_ratings_on_application_id` (`application_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` int NOT NULL AUTO_INCREMENT,
  `team_id` int,
  `user_id` int,
  `name` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `state` text NOT NULL,
  `confirmation_token` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `seasons` (
  `id` int NOT NULL AUTO_INCREMENT,
  `starts_at` date,
  `ends_at` date,
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `applications_open_at` datetime,
  `applications_close_at` datetime,
  `acceptance_notification_at` datetime,
  `project_proposals_open_at` datetime,
  `project_proposals_close_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sources` (
  `id` int NOT NULL AUTO_INCREMENT,
  `url` varchar(255),
  `team_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `kind` varchar(255),
  `feed_url` varchar(255),
  `title` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submissions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `mailing_id` int,
  `to` varchar(255),
  `error` text,
  `sent_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `teams` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `log_url` varchar(255),
  `description` text,
  `number` int,
  `kind` varchar(255),
  `twitter_handle` varchar(255),
  `github_handle` varchar(255),
  `starts_on` date,
  `finishes_on` date,
  `post_info` varchar(255),
  `last_checked_at` date,
  `last_checked_by` int,
  `season_id` int,
  `invisible` tinyint(1),
  `applications_count` int NOT NULL,
  `project_id` int,
  PRIMARY KEY (`id`),
  KEY `index_teams_on_applications_count` (`applications_count`),
  KEY `index_teams_on_kind` (`kind`),
  KEY `index_teams_on_project_id` (`project_id`),
  KEY `index_teams_on_season_id` (`season_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `todos` (
  `id` int NOT NULL AUTO_INCREMENT,
  `application_id` int,
  `user_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_todos_on_user_id_and_application_id` (`user_id`, `application_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `github_id` int,
  `github_handle` varchar(255),
  `name` varchar(255),
  `email` varchar(255),
  `location` varchar(255),
  `bio` text,
  `homepage` varchar(255),
  `avatar_url` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `team_id` int,
  `twitter_handle` varchar(255),
  `irc_handle` varchar(255),
  `tshirt_size` varchar(255),
  `postal_address` text,
  `timezone` varchar(255),
  `interested_in` text,
  `hide_email` tinyint(1),
  `is_company` tinyint(1),
  `company_name` varchar(255),
  `company_info` text,
  `country` varchar(255),
  `application_coding_level` int,
  `application_gender_identification` text,
  `application_minimum_money` text,
  `application_about` text,
  `application_code_samples` text,
  `application_community_engagement` text,
  `application_learning_history` text,
  `application_location` text,
  `application_skills` text,
  `application_motivation` text,
  `application_code_background` text,
  `application_age` text,
  `application_goals` text,
  `application_language_learning_period` text,
  `application_money` varchar(255),
  `application_location_lat` double,
  `application_location_lng` double,
  `application_giving_back` text,
  `application_diversity` text,
  `confirmation_token` varchar(255),
  `confirmed_at` datetime,
  `confirmation_sent_at` datetime,
  `unconfirmed_email` varchar(255),
  `tshirt_cut` varchar(255),
  `tech_expertise` text,
  `tech_interest` text,
  `opted_in_newsletter_at` datetime,
  `opted_in_announcements_at` datetime,
  `opted_in_marketing_announcements_at` datetime,
  `opted_in_surveys_at` datetime,
  `opted_in_sponsorships_at` datetime,
  `opted_in_applications_open_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_confirmation_token` (`confirmation_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `teams` ADD FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`);

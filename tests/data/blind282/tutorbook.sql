-- Tutorbook (tutoring and mentoring marketplace used by non-profit tutoring organisations: tutors, tutees and
-- parents with profiles and weekly availability, organisations that run the programme, and the tutoring meetings)
-- Upstream: github.com/tutorbookapp/tutorbook, commit d00d418193ce7129b6b2bb86b9f5662f581beb43, db/setup.pgsql (Supabase / PostgreSQL)
-- Licence: GNU AGPL-3.0 with the "Commons Clause" licence condition (source-available)
-- Converted from PostgreSQL by hand: text primary keys -> varchar(255); the url, phone and email domains ->
-- varchar(255); rrule/timeslot composite types, arrays (social[], timeslot[], text[], enum arrays, bigint[]) and
-- jsonb -> json; enum -> enum(...); timestamptz -> datetime(6); bigint identity -> bigint AUTO_INCREMENT;
-- relation_people.roles (role[], part of the primary key) -> varchar(255); CHECK constraints dropped. The `subjects` table is referenced by three relation tables but its CREATE TABLE is
-- commented out in setup.pgsql (the subjects are loaded separately); it is written here from that commented
-- definition. The foreign key users.uid -> auth.users(id) (Supabase's auth schema, not part of this file) is left
-- out. Views (view_orgs, view_meetings, meeting_instances, hours_cumulative, hours_total …) are not tables: left out.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `users` (
  `id` varchar(255) NOT NULL,
  `uid` char(36) DEFAULT NULL,
  `name` text NOT NULL,
  `photo` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `phone` varchar(255) DEFAULT NULL,
  `bio` text NOT NULL,
  `background` varchar(255) DEFAULT NULL,
  `venue` varchar(255) DEFAULT NULL,
  `socials` json NOT NULL,
  `availability` json NOT NULL,
  `langs` json NOT NULL,
  `visible` tinyint(1) NOT NULL,
  `reference` text NOT NULL,
  `timezone` text,
  `age` int DEFAULT NULL,
  `tags` json NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `times` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_uid_key` (`uid`),
  UNIQUE KEY `users_email_key` (`email`),
  UNIQUE KEY `users_phone_key` (`phone`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `orgs` (
  `id` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `photo` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `phone` varchar(255) DEFAULT NULL,
  `bio` text NOT NULL,
  `background` varchar(255) DEFAULT NULL,
  `venue` varchar(255) DEFAULT NULL,
  `socials` json NOT NULL,
  `domains` json DEFAULT NULL,
  `profiles` json NOT NULL,
  `signup` json NOT NULL,
  `home` json NOT NULL,
  `booking` json NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `orgs_email_key` (`email`),
  UNIQUE KEY `orgs_phone_key` (`phone`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meetings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `org` varchar(255) NOT NULL,
  `creator` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `tags` json NOT NULL,
  `time` json NOT NULL,
  `venue` varchar(255) NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `meetings_org_fkey` FOREIGN KEY (`org`) REFERENCES `orgs` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `meetings_creator_fkey` FOREIGN KEY (`creator`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subjects` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `category` enum('math','science','history','english','language','business','music','tests','art','cs') NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `subjects_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `relation_user_subjects` (
  `user` varchar(255) NOT NULL,
  `subject` bigint NOT NULL,
  PRIMARY KEY (`user`, `subject`),
  CONSTRAINT `relation_user_subjects_user_fkey` FOREIGN KEY (`user`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `relation_user_subjects_subject_fkey` FOREIGN KEY (`subject`) REFERENCES `subjects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `relation_org_subjects` (
  `org` varchar(255) NOT NULL,
  `subject` bigint NOT NULL,
  PRIMARY KEY (`org`, `subject`),
  CONSTRAINT `relation_org_subjects_org_fkey` FOREIGN KEY (`org`) REFERENCES `orgs` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `relation_org_subjects_subject_fkey` FOREIGN KEY (`subject`) REFERENCES `subjects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `relation_meeting_subjects` (
  `meeting` bigint NOT NULL,
  `subject` bigint NOT NULL,
  PRIMARY KEY (`meeting`, `subject`),
  CONSTRAINT `relation_meeting_subjects_meeting_fkey` FOREIGN KEY (`meeting`) REFERENCES `meetings` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `relation_meeting_subjects_subject_fkey` FOREIGN KEY (`subject`) REFERENCES `subjects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `relation_parents` (
  `user` varchar(255) NOT NULL,
  `parent` varchar(255) NOT NULL,
  PRIMARY KEY (`user`, `parent`),
  CONSTRAINT `relation_parents_user_fkey` FOREIGN KEY (`user`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `relation_parents_parent_fkey` FOREIGN KEY (`parent`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `relation_orgs` (
  `user` varchar(255) NOT NULL,
  `org` varchar(255) NOT NULL,
  PRIMARY KEY (`user`, `org`),
  CONSTRAINT `relation_orgs_user_fkey` FOREIGN KEY (`user`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `relation_orgs_org_fkey` FOREIGN KEY (`org`) REFERENCES `orgs` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `relation_members` (
  `user` varchar(255) NOT NULL,
  `org` varchar(255) NOT NULL,
  PRIMARY KEY (`user`, `org`),
  CONSTRAINT `relation_members_user_fkey` FOREIGN KEY (`user`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `relation_members_org_fkey` FOREIGN KEY (`org`) REFERENCES `orgs` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `relation_people` (
  `user` varchar(255) NOT NULL,
  `meeting` bigint NOT NULL,
  `roles` varchar(255) NOT NULL,
  PRIMARY KEY (`user`, `meeting`, `roles`),
  CONSTRAINT `relation_people_user_fkey` FOREIGN KEY (`user`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `relation_people_meeting_fkey` FOREIGN KEY (`meeting`) REFERENCES `meetings` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

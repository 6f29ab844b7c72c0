-- Dryvo (driving-lesson scheduling and management for driving teachers and their students)
-- Upstream: github.com/AdamGold/Dryvo (mirror of the GitLab repository), commit 76f770335a6ffac49c749114edef5a9cac0324ab
-- Licence: The Unlicense (public domain)
-- Source: the Flask-SQLAlchemy models server/api/database/models/*.py (the final state; the Alembic migrations in
-- migrations/versions/ start from an already created database), written as MySQL DDL in the order SQLAlchemy's
-- create_all emits columns: the mixins' `id` (SurrogatePK) and `user_id` (LessonCreator) first, then the class
-- body's columns in declaration order. String without length (PostgreSQL varchar) -> varchar(255); Float -> double;
-- ChoiceType(impl=Integer) -> int; SQLAlchemy-Utils JSONType -> json. All 15 tables kept.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(80) NOT NULL,
  `password` varchar(120) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `last_login` datetime NOT NULL,
  `salt` varchar(80) NOT NULL,
  `name` varchar(80) NOT NULL,
  `is_admin` tinyint(1) NOT NULL,
  `area` varchar(80) DEFAULT NULL,
  `firebase_token` text,
  `image` varchar(240) DEFAULT NULL,
  `phone` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_key` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blacklist_tokens` (
  `id` int NOT NULL AUTO_INCREMENT,
  `token` varchar(500) NOT NULL,
  `blacklisted_on` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `blacklist_tokens_token_key` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_providers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `provider_user_id` varchar(256) DEFAULT NULL,
  `user_id` int NOT NULL,
  `provider` int NOT NULL,
  `token` json NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth_providers_provider_user_id_key` (`provider_user_id`),
  CONSTRAINT `oauth_providers_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `teachers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `price` int NOT NULL,
  `price_rating` double DEFAULT NULL,
  `availabillity_rating` double DEFAULT NULL,
  `content_rating` double DEFAULT NULL,
  `lesson_duration` int NOT NULL,
  `is_approved` tinyint(1) NOT NULL DEFAULT 0,
  `invoice_api_key` varchar(240) DEFAULT NULL,
  `invoice_api_uid` varchar(240) DEFAULT NULL,
  `crn` int DEFAULT 999999999,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `teachers_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cars` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `type` int NOT NULL,
  `number` varchar(255) NOT NULL,
  `teacher_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `color` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cars_teacher_id_fkey` FOREIGN KEY (`teacher_id`) REFERENCES `teachers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `students` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `teacher_id` int NOT NULL,
  `is_approved` tinyint(1) NOT NULL DEFAULT 0,
  `is_active` tinyint(1) NOT NULL DEFAULT 1,
  `creator_id` int NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `number_of_old_lessons` double NOT NULL DEFAULT 0,
  `theory` tinyint(1) NOT NULL DEFAULT 0,
  `doctor_check` tinyint(1) NOT NULL DEFAULT 0,
  `eyes_check` tinyint(1) NOT NULL DEFAULT 0,
  `green_form` varchar(240) DEFAULT NULL,
  `id_number` varchar(255) DEFAULT NULL,
  `price` int DEFAULT NULL,
  `car_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `students_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `students_teacher_id_fkey` FOREIGN KEY (`teacher_id`) REFERENCES `teachers` (`id`),
  CONSTRAINT `students_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  CONSTRAINT `students_car_id_fkey` FOREIGN KEY (`car_id`) REFERENCES `cars` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `places` (
  `id` int NOT NULL AUTO_INCREMENT,
  `student_id` int NOT NULL,
  `description` varchar(255) NOT NULL,
  `google_id` varchar(255) DEFAULT NULL,
  `used_as` int NOT NULL,
  `times_used` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `places_student_id_fkey` FOREIGN KEY (`student_id`) REFERENCES `students` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `appointments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `teacher_id` int NOT NULL,
  `student_id` int DEFAULT NULL,
  `duration` int NOT NULL,
  `date` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `meetup_place_id` int DEFAULT NULL,
  `dropoff_place_id` int DEFAULT NULL,
  `is_approved` tinyint(1) NOT NULL,
  `comments` text,
  `deleted` tinyint(1) NOT NULL,
  `creator_id` int NOT NULL,
  `price` int DEFAULT NULL,
  `type` int NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `lessons_teacher_id_fkey` FOREIGN KEY (`teacher_id`) REFERENCES `teachers` (`id`),
  CONSTRAINT `lessons_student_id_fkey` FOREIGN KEY (`student_id`) REFERENCES `students` (`id`),
  CONSTRAINT `lessons_meetup_place_id_fkey` FOREIGN KEY (`meetup_place_id`) REFERENCES `places` (`id`),
  CONSTRAINT `lessons_dropoff_place_id_fkey` FOREIGN KEY (`dropoff_place_id`) REFERENCES `places` (`id`),
  CONSTRAINT `lessons_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `topics` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `min_lesson_number` int NOT NULL,
  `max_lesson_number` int NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lesson_topics` (
  `id` int NOT NULL AUTO_INCREMENT,
  `topic_id` int NOT NULL,
  `lesson_id` int NOT NULL,
  `is_finished` tinyint(1) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `lesson_topics_topic_id_fkey` FOREIGN KEY (`topic_id`) REFERENCES `topics` (`id`),
  CONSTRAINT `lesson_topics_lesson_id_fkey` FOREIGN KEY (`lesson_id`) REFERENCES `appointments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `teacher_id` int NOT NULL,
  `student_id` int DEFAULT NULL,
  `amount` int NOT NULL,
  `created_at` datetime NOT NULL,
  `pdf_link` varchar(300) DEFAULT NULL,
  `crn` int DEFAULT NULL,
  `payment_type` int NOT NULL DEFAULT 1,
  `details` varchar(240) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `payments_teacher_id_fkey` FOREIGN KEY (`teacher_id`) REFERENCES `teachers` (`id`),
  CONSTRAINT `payments_student_id_fkey` FOREIGN KEY (`student_id`) REFERENCES `students` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reviews` (
  `id` int NOT NULL AUTO_INCREMENT,
  `teacher_id` int NOT NULL,
  `student_id` int NOT NULL,
  `content` text,
  `price_rating` double NOT NULL,
  `availability_rating` double NOT NULL,
  `content_rating` double NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `reviews_teacher_id_fkey` FOREIGN KEY (`teacher_id`) REFERENCES `teachers` (`id`),
  CONSTRAINT `reviews_student_id_fkey` FOREIGN KEY (`student_id`) REFERENCES `students` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `work_days` (
  `id` int NOT NULL AUTO_INCREMENT,
  `teacher_id` int NOT NULL,
  `day` int DEFAULT NULL,
  `from_hour` int NOT NULL,
  `from_minutes` int NOT NULL,
  `to_hour` int NOT NULL,
  `to_minutes` int NOT NULL,
  `on_date` date DEFAULT NULL,
  `car_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `work_days_teacher_id_fkey` FOREIGN KEY (`teacher_id`) REFERENCES `teachers` (`id`),
  CONSTRAINT `work_days_car_id_fkey` FOREIGN KEY (`car_id`) REFERENCES `cars` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kilometers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `start_of_day` double NOT NULL,
  `end_of_day` double NOT NULL,
  `personal` double NOT NULL,
  `date` datetime NOT NULL,
  `teacher_id` int NOT NULL,
  `car_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `kilometers_teacher_id_fkey` FOREIGN KEY (`teacher_id`) REFERENCES `teachers` (`id`),
  CONSTRAINT `kilometers_car_id_fkey` FOREIGN KEY (`car_id`) REFERENCES `cars` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reports` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uuid` varchar(255) DEFAULT NULL,
  `report_type` int NOT NULL,
  `since` datetime DEFAULT NULL,
  `until` datetime DEFAULT NULL,
  `teacher_id` int NOT NULL,
  `car_id` int DEFAULT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `reports_teacher_id_fkey` FOREIGN KEY (`teacher_id`) REFERENCES `teachers` (`id`),
  CONSTRAINT `reports_car_id_fkey` FOREIGN KEY (`car_id`) REFERENCES `cars` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_roles` (
  `id` INT NOT NULL COMMENT 'not_pii: Primary key',
  `name` VARCHAR(255) NOT NULL COMMENT 'not_pii: Human-readable name',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_roles_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Reference table of user roles';

CREATE TABLE `ban_reasons` (
  `id` INT NOT NULL COMMENT 'not_pii: Primary key',
  `name` VARCHAR(255) NOT NULL COMMENT 'not_pii: Human-readable name of the ban reason',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  PRIMARY KEY (`id`),
  UNIQUE KEY `ban_reasons_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Reference table for reasons a user might be banned';

CREATE TABLE `signup_sources` (
  `id` INT NOT NULL COMMENT 'not_pii: Primary key',
  `name` VARCHAR(255) NOT NULL COMMENT 'not_pii: Human-readable name',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  PRIMARY KEY (`id`),
  UNIQUE KEY `signup_sources_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Reference table of channels through which users discovered the platform';

CREATE TABLE `photo_id_statuses` (
  `id` INT NOT NULL COMMENT 'not_pii: Primary key',
  `name` VARCHAR(255) NOT NULL COMMENT 'not_pii: Human-readable name',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  PRIMARY KEY (`id`),
  UNIQUE KEY `photo_id_statuses_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Reference table of statuses for a volunteer\'s photo ID review';

CREATE TABLE `grade_levels` (
  `id` INT NOT NULL COMMENT 'not_pii: Primary key',
  `name` VARCHAR(255) NOT NULL COMMENT 'not_pii: Human-readable name of the grade level',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  PRIMARY KEY (`id`),
  UNIQUE KEY `grade_levels_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Reference table for grade levels of users';

CREATE TABLE `weekdays` (
  `id` INT NOT NULL COMMENT 'not_pii: Primary key',
  `day` VARCHAR(255) NOT NULL COMMENT 'not_pii: Name of the weekday (e.g. Monday)',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  PRIMARY KEY (`id`),
  UNIQUE KEY `weekdays_day_key` (`day`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Reference table of the days of the week';

CREATE TABLE `report_reasons` (
  `id` INT NOT NULL COMMENT 'not_pii: Primary key',
  `reason` VARCHAR(255) NOT NULL COMMENT 'not_pii: Reason for the action (text or JSON)',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  PRIMARY KEY (`id`),
  UNIQUE KEY `report_reasons_reason_key` (`reason`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Reference table of reasons a session or user can be reported';

CREATE TABLE `volunteer_reference_statuses` (
  `id` INT NOT NULL COMMENT 'not_pii: Primary key',
  `name` VARCHAR(255) NOT NULL COMMENT 'not_pii: Human-readable name of the status of the reference',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  PRIMARY KEY (`id`),
  UNIQUE KEY `volunteer_reference_statuses_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Reference table for the status of a volunteer\'s reference request';

CREATE TABLE `notification_methods` (
  `id` INT NOT NULL COMMENT 'not_pii: Primary key',
  `method` VARCHAR(255) NOT NULL COMMENT 'not_pii: Delivery method for the notification (e.g. email, sms, push)',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  PRIMARY KEY (`id`),
  UNIQUE KEY `notification_methods_method_key` (`method`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Reference table of notification delivery methods';

CREATE TABLE `quizzes` (
  `id` INT NOT NULL COMMENT 'not_pii: Primary key',
  `name` VARCHAR(255) NOT NULL COMMENT 'not_pii: Human-readable name',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `active` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'not_pii: Whether this quiz is currently available to volunteers',
  `questions_per_subcategory` SMALLINT NOT NULL DEFAULT 1 COMMENT 'not_pii: Number of questions drawn per subcategory per quiz attempt',
  PRIMARY KEY (`id`),
  UNIQUE KEY `quizzes_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Certification quizzes volunteers take to unlock the ability to tutor specific subjects';

CREATE TABLE `certifications` (
  `id` INT NOT NULL COMMENT 'not_pii: Primary key',
  `name` VARCHAR(255) NOT NULL COMMENT 'not_pii: Human-readable name of the certification',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `active` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'not_pii: Whether this certification is currently offered',
  PRIMARY KEY (`id`),
  UNIQUE KEY `certifications_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Lookup table of volunteer certifications that unlock tutoring subjects upon passing the associated quiz';

CREATE TABLE `subjects` (
  `id` INT NOT NULL COMMENT 'not_pii: Primary key',
  `name` VARCHAR(255) NOT NULL COMMENT 'not_pii: Human-readable name',
  `display_name` TEXT NOT NULL COMMENT 'not_pii: User-facing display name',
  `display_order` INT NOT NULL COMMENT 'not_pii: Sort order for UI display',
  `topic_id` INT NOT NULL COMMENT 'not_pii: Foreign key to upchieve.topics',
  `tool_type_id` INT NOT NULL COMMENT 'not_pii: Foreign key to upchieve.tool_types',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `active` TINYINT(1) NOT NULL DEFAULT 1 COMMENT 'not_pii: Whether the subject is currently active',
  PRIMARY KEY (`id`),
  UNIQUE KEY `subjects_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Tutoring subjects available on the platform';

CREATE TABLE `schools` (
  `id` CHAR(36) NOT NULL COMMENT 'not_pii: Primary key',
  `name` TEXT NOT NULL COMMENT 'not_pii: Human-readable name',
  `approved` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'not_pii: Whether the school has been approved for use on the platform',
  `partner` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'not_pii: Whether the school is an official UPchieve partner school',
  `city_id` INT NOT NULL COMMENT 'not_pii: Foreign key to upchieve.cities',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `mongo_id` VARCHAR(24) COMMENT 'not_pii: @deprecated - legacy MongoDB ObjectId from the pre-Postgres migration',
  `legacy_city_name` TEXT COMMENT 'not_pii: @deprecated - city name imported from MongoDB before the cities table existed',
  PRIMARY KEY (`id`),
  UNIQUE KEY `schools_mongo_id_key` (`mongo_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Schools associated with students and teachers on the platform';

CREATE TABLE `volunteer_partner_orgs` (
  `id` CHAR(36) NOT NULL COMMENT 'not_pii: Primary key',
  `key` VARCHAR(255) NOT NULL COMMENT 'not_pii: Unique URL-safe slug',
  `name` VARCHAR(255) NOT NULL COMMENT 'not_pii: Human-readable name of the volunteer partner organization',
  `receive_weekly_hour_summary_email` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'not_pii: Whether the org receives weekly volunteer hour summary emails',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  PRIMARY KEY (`id`),
  UNIQUE KEY `volunteer_partner_orgs_key_key` (`key`),
  UNIQUE KEY `volunteer_partner_orgs_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Organizations whose employees volunteer on the platform';

CREATE TABLE `student_partner_orgs` (
  `id` CHAR(36) NOT NULL COMMENT 'not_pii: Primary key',
  `key` VARCHAR(255) NOT NULL COMMENT 'not_pii: Unique URL-safe slug',
  `name` VARCHAR(255) NOT NULL COMMENT 'not_pii: Human-readable name',
  `signup_code` VARCHAR(255) COMMENT 'not_pii: Invite code required to register with this partner org',
  `high_school_signup` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'not_pii: Whether high school students may register with this org',
  `college_signup` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'not_pii: Whether college students may register with this org',
  `school_signup_required` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'not_pii: Whether students must select a school during registration',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `school_id` CHAR(36) COMMENT 'not_pii: Foreign key to upchieve.schools',
  PRIMARY KEY (`id`),
  UNIQUE KEY `student_partner_orgs_key_key` (`key`),
  UNIQUE KEY `student_partner_orgs_name_key` (`name`),
  UNIQUE KEY `student_partner_orgs_signup_code_key` (`signup_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Student partner organizations partner with UPchieve to give access to their students';

CREATE TABLE `users` (
  `id` CHAR(36) NOT NULL COMMENT 'not_pii: Primary key',
  `verified` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'not_pii: Whether one of the user notification methods has been verified',
  `email_verified` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'not_pii: Whether the user has verified their email address',
  `phone_verified` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'not_pii: Whether the user has verified their phone number',
  `email` VARCHAR(255) NOT NULL COMMENT 'pii: User email address',
  `password` TEXT COMMENT 'pii: Hashed password',
  `password_reset_token` TEXT COMMENT 'pii: Token used to reset the user password',
  `first_name` TEXT NOT NULL COMMENT 'pii: First name',
  `last_name` TEXT NOT NULL COMMENT 'pii: Last name',
  `deactivated` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'not_pii: Whether the user account has been deactivated',
  `last_activity_at` DATETIME COMMENT 'not_pii: Timestamp of the most recent user activity',
  `referral_code` VARCHAR(255) NOT NULL COMMENT 'not_pii: Unique code used to refer new users',
  `test_user` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'not_pii: Whether the account is a test or internal account',
  `banned` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'not_pii: Whether the user has been banned',
  `ban_reason_id` INT COMMENT 'not_pii: Foreign key to upchieve.ban_reasons',
  `time_tutored` BIGINT COMMENT 'not_pii: Duration of active tutoring in milliseconds',
  `signup_source_id` INT COMMENT 'not_pii: Foreign key to upchieve.signup_sources',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `phone` TEXT COMMENT 'pii: Phone number',
  `sms_consent` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'not_pii: Whether the user has consented to receive SMS messages',
  `mongo_id` VARCHAR(24) COMMENT 'not_pii: @deprecated - legacy MongoDB ObjectId from the pre-Postgres migration',
  `other_signup_source` TEXT COMMENT 'not_pii: Free-text signup source when not in the standard list',
  `proxy_email` TEXT COMMENT 'pii: Alternate email',
  `ban_type` ENUM('shadow', 'complete', 'live_media') COMMENT 'not_pii: Type of ban (shadow, complete, live_media)',
  `preferred_language_code` TEXT COMMENT 'not_pii: IETF language tag for the user preferred language',
  `preferred_language` TEXT COMMENT 'not_pii: Display name of the user preferred language',
  `deleted` TINYINT(1) DEFAULT 0 COMMENT 'not_pii: Soft-delete flag',
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_key` (`email`),
  UNIQUE KEY `users_mongo_id_key` (`mongo_id`),
  UNIQUE KEY `users_referral_code_key` (`referral_code`),
  CONSTRAINT `users_ban_reason_id_fkey` FOREIGN KEY (`ban_reason_id`) REFERENCES `ban_reasons` (`id`),
  CONSTRAINT `users_signup_source_id_fkey` FOREIGN KEY (`signup_source_id`) REFERENCES `signup_sources` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='All user accounts on the platform';

CREATE TABLE `session` (
  `sid` VARCHAR(255) NOT NULL,
  `sess` JSON NOT NULL,
  `expire` DATETIME NOT NULL,
  PRIMARY KEY (`sid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `student_profiles` (
  `user_id` CHAR(36) NOT NULL COMMENT 'not_pii: Foreign key to upchieve.users',
  `college` TEXT COMMENT 'pii: College or university name',
  `school_id` CHAR(36) COMMENT 'pii: Foreign key to upchieve.schools',
  `postal_code` TEXT COMMENT 'pii: US postal/ZIP code',
  `student_partner_org_user_id` TEXT COMMENT 'not_pii: @deprecated',
  `student_partner_org_id` CHAR(36) COMMENT 'pii: Foreign key to upchieve.student_partner_orgs; the student partner org of the student',
  `student_partner_org_site_id` CHAR(36) COMMENT 'pii: Foreign key to upchieve.student_partner_org_sites; if applicable, the site of the student partner org for this student',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  PRIMARY KEY (`user_id`),
  CONSTRAINT `student_profiles_school_id_fkey` FOREIGN KEY (`school_id`) REFERENCES `schools` (`id`),
  CONSTRAINT `student_profiles_student_partner_org_id_fkey` FOREIGN KEY (`student_partner_org_id`) REFERENCES `student_partner_orgs` (`id`),
  CONSTRAINT `student_profiles_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Profile data for student users';

CREATE TABLE `volunteer_profiles` (
  `user_id` CHAR(36) NOT NULL COMMENT 'not_pii: Foreign key to upchieve.users',
  `volunteer_partner_org_id` CHAR(36) COMMENT 'not_pii: Foreign key to upchieve.volunteer_partner_orgs',
  `timezone` TEXT COMMENT 'pii: IANA timezone identifier',
  `approved` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'not_pii: Whether the volunteer application has been approved',
  `onboarded` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'not_pii: Whether the volunteer has completed all onboarding steps',
  `photo_id_s3_key` TEXT COMMENT 'pii: S3 object key for the volunteer photo ID upload',
  `photo_id_status` INT COMMENT 'not_pii: Foreign key to upchieve.photo_id_statuses',
  `linkedin_url` TEXT COMMENT 'pii: Volunteer LinkedIn profile URL',
  `college` TEXT COMMENT 'pii: College or university name',
  `company` TEXT COMMENT 'pii: Volunteer employer company name',
  `languages` TEXT COMMENT 'not_pii: Languages the volunteer speaks',
  `experience` JSON COMMENT 'not_pii: JSON blob of volunteer professional experience',
  `city` TEXT COMMENT 'pii: City of residence',
  `state` TEXT COMMENT 'pii: US state abbreviation',
  `country` TEXT COMMENT 'pii: Country of residence',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `total_volunteer_hours` DOUBLE COMMENT 'not_pii: Cumulative tutoring hours logged by the volunteer, only calculated for config.customVolunteerPartnerOrgs',
  `elapsed_availability` BIGINT COMMENT 'not_pii: Cumulative hours the volunteer was marked available on their calendar',
  PRIMARY KEY (`user_id`),
  CONSTRAINT `volunteer_profiles_photo_id_status_fkey` FOREIGN KEY (`photo_id_status`) REFERENCES `photo_id_statuses` (`id`),
  CONSTRAINT `volunteer_profiles_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `volunteer_profiles_volunteer_partner_org_id_fkey` FOREIGN KEY (`volunteer_partner_org_id`) REFERENCES `volunteer_partner_orgs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Profile data about volunteer users';

CREATE TABLE `teacher_profiles` (
  `user_id` CHAR(36) NOT NULL COMMENT 'not_pii: Foreign key to upchieve.users',
  `school_id` CHAR(36) COMMENT 'pii: Foreign key to upchieve.schools',
  `created_at` DATETIME NOT NULL COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL COMMENT 'not_pii',
  `last_successful_clever_sync` DATETIME COMMENT 'not_pii: Timestamp of the most recent successful Clever data sync',
  PRIMARY KEY (`user_id`),
  CONSTRAINT `teacher_profiles_school_id_fkey` FOREIGN KEY (`school_id`) REFERENCES `schools` (`id`),
  CONSTRAINT `teacher_profiles_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Profile data for teacher users';

CREATE TABLE `volunteer_occupations` (
  `user_id` CHAR(36) NOT NULL COMMENT 'not_pii: Foreign key to upchieve.users',
  `occupation` VARCHAR(255) NOT NULL COMMENT 'pii: Volunteer job title or occupation',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  UNIQUE KEY `unique_user_id_occupation` (`user_id`, `occupation`),
  CONSTRAINT `volunteer_occupations_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Job titles or occupations reported by volunteers during onboarding';

CREATE TABLE `volunteer_references` (
  `id` CHAR(36) NOT NULL COMMENT 'not_pii: Primary key',
  `user_id` CHAR(36) NOT NULL COMMENT 'not_pii: Foreign key to upchieve.users',
  `first_name` TEXT NOT NULL COMMENT 'pii: First name of the reference',
  `last_name` TEXT NOT NULL COMMENT 'pii: Last name of the reference',
  `email` TEXT NOT NULL COMMENT 'pii: User email address of the reference',
  `status_id` INT COMMENT 'not_pii: Foreign key to upchieve.volunteer_reference_statuses; the current status of the reference request',
  `sent_at` DATETIME COMMENT 'not_pii: Timestamp when the reference request was sent',
  `affiliation` TEXT COMMENT 'pii: Reference contact relationship to the volunteer (e.g. colleague, professor)',
  `relationship_length` TEXT COMMENT 'pii: How long the reference has known the volunteer',
  `patient` SMALLINT COMMENT 'not_pii: Reference rating for patience (1-5)',
  `positive_role_model` SMALLINT COMMENT 'not_pii: Reference rating for being a positive role model (1-5)',
  `agreeable_and_approachable` SMALLINT COMMENT 'pii: Reference rating for agreeableness and approachability (1-5)',
  `communicates_effectively` SMALLINT COMMENT 'not_pii: Reference rating for communication effectiveness (1-5)',
  `rejection_reason` TEXT COMMENT 'pii: Reason the reference submission was rejected',
  `additional_info` TEXT COMMENT 'pii: Additional notes provided by the reference',
  `created_at` DATETIME NOT NULL COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL COMMENT 'not_pii',
  `trustworthy_with_children` SMALLINT COMMENT 'not_pii: Reference rating for trustworthiness with children (1-5)',
  PRIMARY KEY (`id`),
  CONSTRAINT `volunteer_references_status_id_fkey` FOREIGN KEY (`status_id`) REFERENCES `volunteer_reference_statuses` (`id`),
  CONSTRAINT `volunteer_references_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='References for volunteers';

CREATE TABLE `parents_guardians` (
  `id` CHAR(36) NOT NULL COMMENT 'not_pii: Primary key',
  `email` VARCHAR(255) NOT NULL COMMENT 'pii: Parent/guardian email address',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  PRIMARY KEY (`id`),
  UNIQUE KEY `parents_guardians_email_key` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Parent or guardian contacts associated with student accounts';

CREATE TABLE `parents_guardians_students` (
  `parents_guardians_id` CHAR(36) NOT NULL COMMENT 'not_pii: Foreign key to upchieve.parents_guardians',
  `students_id` CHAR(36) NOT NULL COMMENT 'not_pii: Foreign key to upchieve.users (the student)',
  PRIMARY KEY (`parents_guardians_id`, `students_id`),
  CONSTRAINT `parents_guardians_students_parents_guardians_id_fkey` FOREIGN KEY (`parents_guardians_id`) REFERENCES `parents_guardians` (`id`),
  CONSTRAINT `parents_guardians_students_students_id_fkey` FOREIGN KEY (`students_id`) REFERENCES `student_profiles` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Join table linking parents or guardians to their students';

CREATE TABLE `users_roles` (
  `user_id` CHAR(36) NOT NULL COMMENT 'not_pii: Foreign key to upchieve.users',
  `role_id` INT NOT NULL COMMENT 'not_pii: Foreign key to a roles lookup table',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  PRIMARY KEY (`user_id`, `role_id`),
  CONSTRAINT `users_roles_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Join table assigning roles to users';

CREATE TABLE `users_grade_levels` (
  `user_id` CHAR(36) NOT NULL COMMENT 'not_pii: Foreign key to upchieve.users',
  `signup_grade_level_id` INT COMMENT 'not_pii: Grade level reported at signup; immutable after first set',
  `grade_level_id` INT NOT NULL COMMENT 'not_pii: Foreign key to upchieve.grade_levels; represents the last updated student grade level',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii: Timestamp when the record was last updated',
  PRIMARY KEY (`user_id`),
  CONSTRAINT `users_grade_levels_grade_level_id_fkey` FOREIGN KEY (`grade_level_id`) REFERENCES `grade_levels` (`id`),
  CONSTRAINT `users_grade_levels_signup_grade_level_id_fkey` FOREIGN KEY (`signup_grade_level_id`) REFERENCES `grade_levels` (`id`),
  CONSTRAINT `users_grade_levels_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Join table recording the grade level associated with a user';

CREATE TABLE `ip_addresses` (
  `id` BIGINT NOT NULL COMMENT 'not_pii: Primary key',
  `ip` VARCHAR(45) NOT NULL COMMENT 'pii: IPv4 or IPv6 address',
  `status` TEXT COMMENT 'not_pii: Status label for the IP address (e.g. allowed, blocked)',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `mongo_id` VARCHAR(24) COMMENT 'not_pii: @deprecated - legacy MongoDB ObjectId from the pre-Postgres migration',
  PRIMARY KEY (`id`),
  UNIQUE KEY `ip_addresses_ip_key` (`ip`),
  UNIQUE KEY `ip_addresses_mongo_id_key` (`mongo_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='IP addresses observed on the platform, with allow/block status';

CREATE TABLE `users_ip_addresses` (
  `id` CHAR(36) NOT NULL COMMENT 'not_pii: Primary key',
  `ip_address_id` BIGINT NOT NULL COMMENT 'pii: Foreign key to upchieve.ip_addresses',
  `user_id` CHAR(36) NOT NULL COMMENT 'not_pii: Foreign key to upchieve.users',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_user_id_ip_address_id` (`user_id`, `ip_address_id`),
  CONSTRAINT `users_ip_addresses_ip_address_id_fkey` FOREIGN KEY (`ip_address_id`) REFERENCES `ip_addresses` (`id`),
  CONSTRAINT `users_ip_addresses_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Join table associating users with IP addresses they have used';

CREATE TABLE `federated_credentials` (
  `id` VARCHAR(255) NOT NULL COMMENT 'pii: External provider subject identifier (sub claim)',
  `issuer` VARCHAR(255) NOT NULL COMMENT 'not_pii: OAuth 2.0 issuer URL for the federated credential',
  `user_id` CHAR(36) COMMENT 'not_pii: Foreign key to upchieve.users',
  PRIMARY KEY (`id`, `issuer`),
  CONSTRAINT `federated_credentials_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='OAuth federated identity credentials linking external providers to user accounts';

CREATE TABLE `totp` (
  `user_id` CHAR(36) NOT NULL COMMENT 'not_pii: Foreign key to upchieve.users',
  `secret` TEXT NOT NULL COMMENT 'pii: Encrypted TOTP shared secret used for two-factor authentication',
  `verified` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'not_pii: Whether the TOTP authenticator has been verified by the user',
  `last_used_counter` INT COMMENT 'pii: TOTP counter value from the most recent successful authentication',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  PRIMARY KEY (`user_id`),
  CONSTRAINT `totp_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='TOTP two-factor authentication secrets and state for users';

CREATE TABLE `push_tokens` (
  `id` CHAR(36) NOT NULL COMMENT 'not_pii: Primary key',
  `user_id` CHAR(36) NOT NULL COMMENT 'not_pii: Foreign key to upchieve.users',
  `token` VARCHAR(255) NOT NULL COMMENT 'pii: Push notification device token',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id_token` (`user_id`, `token`),
  CONSTRAINT `push_tokens_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Mobile device push notification tokens registered by users';

CREATE TABLE `availabilities` (
  `id` CHAR(36) NOT NULL COMMENT 'not_pii: Primary key',
  `user_id` CHAR(36) NOT NULL COMMENT 'not_pii: Foreign key to upchieve.users',
  `weekday_id` INT NOT NULL COMMENT 'not_pii: Foreign key to upchieve.weekdays',
  `available_start` SMALLINT NOT NULL COMMENT 'not_pii: Start hour of the availability window (0-23)',
  `available_end` SMALLINT NOT NULL COMMENT 'not_pii: End hour of the availability window (0-23)',
  `timezone` TEXT NOT NULL COMMENT 'not_pii: IANA timezone identifier',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  PRIMARY KEY (`id`),
  CONSTRAINT `availabilities_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `availabilities_weekday_id_fkey` FOREIGN KEY (`weekday_id`) REFERENCES `weekdays` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='The days/hours that volunteers have selected for receiving push notifications when a student needs help on the platform';

CREATE TABLE `users_quizzes` (
  `user_id` CHAR(36) NOT NULL COMMENT 'not_pii: Foreign key to upchieve.users',
  `quiz_id` INT NOT NULL COMMENT 'not_pii: Foreign key to upchieve.quizzes',
  `attempts` INT NOT NULL DEFAULT 0 COMMENT 'not_pii: Number of quiz attempts by the user',
  `passed` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'not_pii: Whether the user has passed the quiz',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  PRIMARY KEY (`user_id`, `quiz_id`),
  CONSTRAINT `users_quizzes_quiz_id_fkey` FOREIGN KEY (`quiz_id`) REFERENCES `quizzes` (`id`),
  CONSTRAINT `users_quizzes_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Join table tracking volunteer quiz attempts and pass/fail status';

CREATE TABLE `users_certifications` (
  `user_id` CHAR(36) NOT NULL COMMENT 'not_pii: Foreign key to upchieve.users',
  `certification_id` INT NOT NULL COMMENT 'not_pii: Foreign key to upchieve.certifications',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  PRIMARY KEY (`user_id`, `certification_id`),
  CONSTRAINT `users_certifications_certification_id_fkey` FOREIGN KEY (`certification_id`) REFERENCES `certifications` (`id`),
  CONSTRAINT `users_certifications_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Join table tracking which certifications each volunteer has earned';

CREATE TABLE `sessions` (
  `id` CHAR(36) NOT NULL COMMENT 'not_pii: Primary key',
  `student_id` CHAR(36) NOT NULL COMMENT 'not_pii: Foreign key to upchieve.users (the student)',
  `volunteer_id` CHAR(36) COMMENT 'not_pii: Foreign key to upchieve.users (the volunteer)',
  `subject_id` INT NOT NULL COMMENT 'not_pii: Foreign key to upchieve.subjects',
  `has_whiteboard_doc` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'not_pii: Whether the session has an associated whiteboard document',
  `quill_doc` TEXT COMMENT 'not_pii: Quill.js shared document content (user-generated text)',
  `volunteer_joined_at` DATETIME COMMENT 'not_pii: Timestamp when the volunteer joined the session',
  `ended_at` DATETIME COMMENT 'not_pii: Timestamp when the session ended',
  `reviewed` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'not_pii: Whether the session has been reviewed by an admin',
  `to_review` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'not_pii: Whether the session has been flagged for admin review',
  `student_banned` TINYINT(1) COMMENT 'not_pii: Whether the student was banned as a result of this session',
  `time_tutored` BIGINT NOT NULL DEFAULT 0 COMMENT 'not_pii: Duration of active tutoring in milliseconds',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `mongo_id` VARCHAR(24) COMMENT 'not_pii: @deprecated - legacy MongoDB ObjectId from the pre-Postgres migration',
  `shadowbanned` TINYINT(1) COMMENT 'not_pii: Whether the student was shadow banned when requesting the session',
  `ended_by_user_id` CHAR(36) COMMENT 'not_pii: Foreign key to upchieve.users who ended the session',
  PRIMARY KEY (`id`),
  UNIQUE KEY `sessions_mongo_id_key` (`mongo_id`),
  CONSTRAINT `sessions_ended_by_user_id_fkey` FOREIGN KEY (`ended_by_user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `sessions_student_id_fkey` FOREIGN KEY (`student_id`) REFERENCES `users` (`id`),
  CONSTRAINT `sessions_subject_id_fkey` FOREIGN KEY (`subject_id`) REFERENCES `subjects` (`id`),
  CONSTRAINT `sessions_volunteer_id_fkey` FOREIGN KEY (`volunteer_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Tutoring sessions between a student and a volunteer';

CREATE TABLE `session_messages` (
  `id` CHAR(36) NOT NULL COMMENT 'not_pii: Primary key',
  `sender_id` CHAR(36) NOT NULL COMMENT 'not_pii: Foreign key to upchieve.users (the message sender)',
  `contents` TEXT NOT NULL COMMENT 'not_pii: Text content of the chat message',
  `session_id` CHAR(36) NOT NULL COMMENT 'not_pii: Foreign key to upchieve.sessions',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `mongo_id` VARCHAR(24) COMMENT 'not_pii: @deprecated - legacy MongoDB ObjectId from the pre-Postgres migration',
  PRIMARY KEY (`id`),
  UNIQUE KEY `session_messages_mongo_id_key` (`mongo_id`),
  CONSTRAINT `session_messages_sender_id_fkey` FOREIGN KEY (`sender_id`) REFERENCES `users` (`id`),
  CONSTRAINT `session_messages_session_id_fkey` FOREIGN KEY (`session_id`) REFERENCES `sessions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Chat messages sent by participants during a tutoring session';

CREATE TABLE `session_photos` (
  `session_id` CHAR(36) NOT NULL COMMENT 'not_pii: Foreign key to upchieve.sessions',
  `photo_key` TEXT NOT NULL COMMENT 'pii: Object key for a session photo',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  CONSTRAINT `session_photos_session_id_fkey` FOREIGN KEY (`session_id`) REFERENCES `sessions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Photos uploaded by participants during a tutoring session';

CREATE TABLE `session_reports` (
  `id` CHAR(36) NOT NULL COMMENT 'not_pii: Primary key',
  `report_reason_id` INT NOT NULL COMMENT 'not_pii: Foreign key to upchieve.report_reasons',
  `report_message` TEXT COMMENT 'not_pii: Free-text message submitted with the report (may contain user content)',
  `reporting_user_id` CHAR(36) NOT NULL COMMENT 'not_pii: Foreign key to upchieve.users who filed the report',
  `session_id` CHAR(36) NOT NULL COMMENT 'not_pii: Foreign key to upchieve.sessions',
  `reported_user_id` CHAR(36) NOT NULL COMMENT 'not_pii: Foreign key to upchieve.users who was reported',
  `created_at` DATETIME NOT NULL COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL COMMENT 'not_pii',
  PRIMARY KEY (`id`),
  CONSTRAINT `session_reports_report_reason_id_fkey` FOREIGN KEY (`report_reason_id`) REFERENCES `report_reasons` (`id`),
  CONSTRAINT `session_reports_reported_user_id_fkey` FOREIGN KEY (`reported_user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `session_reports_reporting_user_id_fkey` FOREIGN KEY (`reporting_user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `session_reports_session_id_fkey` FOREIGN KEY (`session_id`) REFERENCES `sessions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Reports filed by users about inappropriate or concerning behaviour in a session';

CREATE TABLE `moderation_infractions` (
  `id` CHAR(36) NOT NULL COMMENT 'not_pii: Primary key',
  `user_id` CHAR(36) NOT NULL COMMENT 'not_pii: Foreign key to upchieve.users',
  `session_id` CHAR(36) NOT NULL COMMENT 'not_pii: Foreign key to upchieve.sessions',
  `reason` JSON NOT NULL COMMENT 'not_pii: JSON describing the moderation infraction details',
  `active` TINYINT(1) NOT NULL DEFAULT 1 COMMENT 'not_pii: ??',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  PRIMARY KEY (`id`),
  CONSTRAINT `moderation_infractions_session_id_fkey` FOREIGN KEY (`session_id`) REFERENCES `sessions` (`id`),
  CONSTRAINT `moderation_infractions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Records of moderation rule violations committed by a user in a session';

CREATE TABLE `feedbacks` (
  `id` CHAR(36) NOT NULL COMMENT 'not_pii: Primary key',
  `topic_id` INT COMMENT 'not_pii: Foreign key to upchieve.topics',
  `subject_id` INT COMMENT 'not_pii: Foreign key to upchieve.subjects',
  `user_role_id` INT NOT NULL COMMENT 'not_pii: Foreign key to upchieve.user_roles',
  `session_id` CHAR(36) NOT NULL COMMENT 'not_pii: Foreign key to upchieve.sessions',
  `student_tutoring_feedback` JSON COMMENT 'not_pii: JSON feedback from the student about the tutoring session',
  `student_counseling_feedback` JSON COMMENT 'not_pii: JSON feedback from the student about counseling',
  `volunteer_feedback` JSON COMMENT 'not_pii: JSON feedback from the volunteer about the session',
  `comment` TEXT COMMENT 'not_pii: Free-text comment provided during feedback',
  `user_id` CHAR(36) NOT NULL COMMENT 'not_pii: Foreign key to upchieve.users',
  `legacy_feedbacks` JSON COMMENT 'not_pii: Raw feedback data imported from MongoDB',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `mongo_id` VARCHAR(24) COMMENT 'not_pii: @deprecated - legacy MongoDB ObjectId from the pre-Postgres migration',
  PRIMARY KEY (`id`),
  UNIQUE KEY `feedbacks_mongo_id_key` (`mongo_id`),
  CONSTRAINT `feedbacks_session_id_fkey` FOREIGN KEY (`session_id`) REFERENCES `sessions` (`id`),
  CONSTRAINT `feedbacks_subject_id_fkey` FOREIGN KEY (`subject_id`) REFERENCES `subjects` (`id`),
  CONSTRAINT `feedbacks_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `feedbacks_user_role_id_fkey` FOREIGN KEY (`user_role_id`) REFERENCES `user_roles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='@deprecated - use upchieve.users_surveys; post-session feedback submitted by students and volunteers';

CREATE TABLE `student_favorite_volunteers` (
  `student_id` CHAR(36) NOT NULL COMMENT 'not_pii: Foreign key to upchieve.users (the student)',
  `volunteer_id` CHAR(36) NOT NULL COMMENT 'not_pii: Foreign key to upchieve.users (the volunteer)',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  PRIMARY KEY (`student_id`, `volunteer_id`),
  CONSTRAINT `student_favorite_volunteers_student_id_fkey` FOREIGN KEY (`student_id`) REFERENCES `users` (`id`),
  CONSTRAINT `student_favorite_volunteers_volunteer_id_fkey` FOREIGN KEY (`volunteer_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Volunteers that a student has marked as favourites';

CREATE TABLE `notifications` (
  `id` CHAR(36) NOT NULL COMMENT 'not_pii: Primary key',
  `user_id` CHAR(36) NOT NULL COMMENT 'not_pii: Foreign key to upchieve.users; who the notification was sent to',
  `sent_at` DATETIME COMMENT 'not_pii: Timestamp when the notification was sent',
  `type_id` INT COMMENT 'not_pii: Foreign key to upchieve.notification_types',
  `method_id` INT NOT NULL COMMENT 'not_pii: Foreign key to upchieve.notification_methods',
  `priority_group_id` INT COMMENT 'not_pii: Foreign key to upchieve.notification_priority_groups',
  `successful` TINYINT(1) COMMENT 'not_pii: Whether the notification was successfully delivered',
  `session_id` CHAR(36) COMMENT 'not_pii: Foreign key to upchieve.sessions',
  `message_carrier_id` TEXT COMMENT 'pii: External carrier identifier (e.g. Twilio message SID)',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `mongo_id` VARCHAR(24) COMMENT 'not_pii: @deprecated - legacy MongoDB ObjectId from the pre-Postgres migration',
  `email_template_id` TEXT COMMENT 'not_pii: Identifier of the email template used for the notification',
  PRIMARY KEY (`id`),
  UNIQUE KEY `notifications_mongo_id_key` (`mongo_id`),
  CONSTRAINT `notifications_method_id_fkey` FOREIGN KEY (`method_id`) REFERENCES `notification_methods` (`id`),
  CONSTRAINT `notifications_session_id_fkey` FOREIGN KEY (`session_id`) REFERENCES `sessions` (`id`),
  CONSTRAINT `notifications_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Log of notifications sent to users';

CREATE TABLE `user_actions` (
  `id` BIGINT NOT NULL COMMENT 'not_pii: Primary key',
  `user_id` CHAR(36) NOT NULL COMMENT 'not_pii: Foreign key to upchieve.users',
  `session_id` CHAR(36) COMMENT 'not_pii: Foreign key to upchieve.sessions',
  `action_type` TEXT COMMENT 'not_pii: Category of the user action (e.g. account, session)',
  `action` TEXT COMMENT 'not_pii: Specific action label',
  `ip_address_id` BIGINT COMMENT 'pii: Foreign key to upchieve.ip_addresses',
  `device` TEXT COMMENT 'pii: Device type parsed from the user agent string',
  `browser` TEXT COMMENT 'pii: Browser name parsed from the user agent string',
  `browser_version` TEXT COMMENT 'pii: Browser version string',
  `operating_system` TEXT COMMENT 'pii: Operating system name',
  `operating_system_version` TEXT COMMENT 'pii: Operating system version string',
  `quiz_subcategory` TEXT COMMENT 'not_pii: Quiz subcategory label captured at time of the action',
  `quiz_category` TEXT COMMENT 'not_pii: Quiz category label captured at time of the action',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `mongo_id` VARCHAR(24) COMMENT 'not_pii: @deprecated - legacy MongoDB ObjectId from the pre-Postgres migration',
  `reference_email` TEXT COMMENT 'pii: Email address of the volunteer reference at time of the action',
  `volunteer_id` CHAR(36) COMMENT 'not_pii: Foreign key to upchieve.users (the volunteer)',
  `ban_reason` TEXT COMMENT 'not_pii: Reason text recorded when a ban action was taken',
  `clientuuid` CHAR(36) COMMENT 'not_pii: Client-generated UUID for deduplicating action events',
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_actions_mongo_id_key` (`mongo_id`),
  CONSTRAINT `user_actions_ip_address_id_fkey` FOREIGN KEY (`ip_address_id`) REFERENCES `ip_addresses` (`id`),
  CONSTRAINT `user_actions_session_id_fkey` FOREIGN KEY (`session_id`) REFERENCES `sessions` (`id`),
  CONSTRAINT `user_actions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Audit log of notable events and actions taken by users on the platform';

CREATE TABLE `contact_form_submissions` (
  `id` CHAR(36) NOT NULL COMMENT 'not_pii: Primary key',
  `user_id` CHAR(36) COMMENT 'not_pii: Foreign key to upchieve.users',
  `user_email` TEXT COMMENT 'pii: Email address of the submitting user (may be unauthenticated)',
  `message` TEXT NOT NULL COMMENT 'not_pii: Message text content',
  `topic` TEXT NOT NULL COMMENT 'not_pii: Contact form topic category',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  PRIMARY KEY (`id`),
  CONSTRAINT `contact_form_submissions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Contact form submissions from the website, either before Gleap was implemented or if Gleap is not working';

CREATE TABLE `ineligible_students` (
  `id` CHAR(36) NOT NULL COMMENT 'not_pii: Primary key',
  `email` VARCHAR(255) NOT NULL COMMENT 'pii: User email address',
  `postal_code` TEXT COMMENT 'pii: US postal/ZIP code',
  `ip_address_id` BIGINT COMMENT 'pii: Foreign key to upchieve.ip_addresses',
  `school_id` CHAR(36) COMMENT 'pii: Foreign key to upchieve.schools',
  `grade_level_id` INT COMMENT 'pii: Foreign key to upchieve.grade_levels',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'not_pii',
  `mongo_id` VARCHAR(24) COMMENT 'not_pii: @deprecated - legacy MongoDB ObjectId from the pre-Postgres migration',
  `referred_by` CHAR(36) COMMENT 'pii: Foreign key to upchieve.users who made the referral',
  PRIMARY KEY (`id`),
  UNIQUE KEY `ineligible_students_email_key` (`email`),
  UNIQUE KEY `ineligible_students_mongo_id_key` (`mongo_id`),
  CONSTRAINT `ineligible_students_grade_level_id_fkey` FOREIGN KEY (`grade_level_id`) REFERENCES `grade_levels` (`id`),
  CONSTRAINT `ineligible_students_ip_address_id_fkey` FOREIGN KEY (`ip_address_id`) REFERENCES `ip_addresses` (`id`),
  CONSTRAINT `ineligible_students_school_id_fkey` FOREIGN KEY (`school_id`) REFERENCES `schools` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Records of users who attempted to register but did not meet student eligibility criteria';

-- wger Workout Manager: fitness, workout and nutrition tracker with gym management (Django)
-- Upstream: github.com/wger-project/wger, tag 2.6 (commit e1d70bcc38cd56ae4a254dca1713c404d069f319),
--   licence AGPL-3.0-or-later. Models read from wger/*/models/*.py and wger/weight/models.py
--   (abstract bases wger/utils/models.py AbstractLicenseModel, wger/gym/models/user_config.py,
--   wger/manager/models/abstract_config.py); table names checked against wger/*/migrations/
--   (RenameModel renames the tables: ExerciseBase -> exercises_exercise, Exercise -> exercises_translation).
--   auth_user and django_session are Django's own tables (django.contrib.auth AbstractUser, django.contrib.sessions;
--   Django ~6.0 per pyproject.toml), authtoken_token is Django REST framework's token table
--   (rest_framework.authtoken) and account_emailaddress django-allauth 65.19's (allauth/account/models.py
--   EmailAddress), all enabled in settings/settings_global.py INSTALLED_APPS.
-- Conversion: Django models written as the MySQL DDL Django's MySQL backend creates:
--   AutoField -> integer AUTO_INCREMENT (DEFAULT_AUTO_FIELD is AutoField), UUIDField -> char(32),
--   CharField(n) -> varchar(n), EmailField -> varchar(254), URLField -> varchar(200),
--   FileField/ImageField -> varchar(100), TextField -> longtext, BooleanField -> bool, IntegerField -> integer,
--   PositiveIntegerField -> integer UNSIGNED, DecimalField(m,d) -> numeric(m,d), FloatField -> double precision,
--   DateField -> date, DateTimeField -> datetime(6), TimeField -> time(6), JSONField -> json,
--   ForeignKey/OneToOneField -> <name>_id with the target's key type (OneToOne UNIQUE) and a FOREIGN KEY
--   (Django creates them as constraints); ManyToManyField -> the auto-created <table>_<field> join table.
--   Abstract-base fields are placed after id. Indexes other than primary and unique keys left out; upstream has
--   no column comments. Foreign keys to tables left out of this file are dropped (the columns kept).

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

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL PRIMARY KEY,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL
);

CREATE TABLE `authtoken_token` (
  `key` varchar(40) NOT NULL PRIMARY KEY,
  `created` datetime(6) NOT NULL,
  `user_id` integer NOT NULL UNIQUE,
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `account_emailaddress` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `email` varchar(254) NOT NULL,
  `verified` bool NOT NULL,
  `primary` bool NOT NULL,
  `user_id` integer NOT NULL,
  UNIQUE (`user_id`, `email`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `core_language` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `short_name` varchar(2) NOT NULL UNIQUE,
  `full_name` varchar(30) NOT NULL,
  `full_name_en` varchar(30) NOT NULL
);

CREATE TABLE `core_license` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `full_name` varchar(60) NOT NULL,
  `short_name` varchar(15) NOT NULL,
  `url` varchar(200) NULL
);

CREATE TABLE `core_weightunit` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(100) NOT NULL
);

CREATE TABLE `core_repetitionunit` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(100) NOT NULL,
  `unit_type` varchar(20) NOT NULL,
  `multiplier` integer UNSIGNED NULL
);

CREATE TABLE `gym_gym` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(60) NOT NULL,
  `phone` varchar(20) NULL,
  `email` varchar(254) NULL,
  `owner` varchar(100) NULL,
  `zip_code` varchar(10) NULL,
  `city` varchar(30) NULL,
  `street` varchar(30) NULL
);

CREATE TABLE `gym_gymconfig` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `gym_id` integer NOT NULL UNIQUE,
  `weeks_inactive` integer UNSIGNED NOT NULL,
  `show_name` bool NOT NULL,
  FOREIGN KEY (`gym_id`) REFERENCES `gym_gym` (`id`)
);

CREATE TABLE `gym_gymuserconfig` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `gym_id` integer NOT NULL,
  `user_id` integer NOT NULL UNIQUE,
  `include_inactive` bool NOT NULL,
  UNIQUE (`gym_id`, `user_id`),
  FOREIGN KEY (`gym_id`) REFERENCES `gym_gym` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `core_userprofile` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL UNIQUE,
  `gym_id` integer NULL,
  `is_temporary` bool NOT NULL,
  `workout_reminder_active` bool NOT NULL,
  `workout_reminder` integer NOT NULL,
  `workout_duration` integer NOT NULL,
  `last_workout_notification` date NULL,
  `notification_language_id` integer NOT NULL,
  `weight_rounding` numeric(4, 2) NULL,
  `repetitions_rounding` numeric(4, 2) NULL,
  `age` integer NULL,
  `birthdate` date NULL,
  `height` integer NULL,
  `gender` varchar(1) NULL,
  `sleep_hours` integer NULL,
  `work_hours` integer NULL,
  `work_intensity` varchar(1) NULL,
  `sport_hours` integer NULL,
  `sport_intensity` varchar(1) NULL,
  `freetime_hours` integer NULL,
  `freetime_intensity` varchar(1) NULL,
  `calories` integer NULL,
  `weight_unit` varchar(2) NOT NULL,
  `num_days_weight_reminder` integer NOT NULL,
  `added_by_id` integer NULL,
  `can_add_user` bool NOT NULL,
  `trophies_enabled` bool NOT NULL,
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`gym_id`) REFERENCES `gym_gym` (`id`),
  FOREIGN KEY (`notification_language_id`) REFERENCES `core_language` (`id`),
  FOREIGN KEY (`added_by_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `core_usercache` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL UNIQUE,
  `last_activity` date NULL,
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `gym_adminusernote` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL,
  `member_id` integer NOT NULL,
  `timestamp_created` datetime(6) NOT NULL,
  `timestamp_edited` datetime(6) NOT NULL,
  `note` longtext NOT NULL,
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`member_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `gym_userdocument` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL,
  `member_id` integer NOT NULL,
  `timestamp_created` datetime(6) NOT NULL,
  `timestamp_edited` datetime(6) NOT NULL,
  `document` varchar(100) NOT NULL,
  `original_name` varchar(128) NOT NULL,
  `name` varchar(60) NOT NULL,
  `note` longtext NULL,
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`member_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `gym_contracttype` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `gym_id` integer NOT NULL,
  `name` varchar(25) NOT NULL,
  `description` longtext NULL,
  FOREIGN KEY (`gym_id`) REFERENCES `gym_gym` (`id`)
);

CREATE TABLE `gym_contractoption` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `gym_id` integer NOT NULL,
  `name` varchar(25) NOT NULL,
  `description` longtext NULL,
  FOREIGN KEY (`gym_id`) REFERENCES `gym_gym` (`id`)
);

CREATE TABLE `gym_contract` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL,
  `member_id` integer NOT NULL,
  `timestamp_created` datetime(6) NOT NULL,
  `timestamp_edited` datetime(6) NOT NULL,
  `contract_type_id` integer NULL,
  `amount` numeric(12, 2) NOT NULL,
  `payment` varchar(2) NOT NULL,
  `is_active` bool NOT NULL,
  `date_start` date NULL,
  `date_end` date NULL,
  `email` varchar(254) NULL,
  `zip_code` varchar(10) NULL,
  `city` varchar(30) NULL,
  `street` varchar(30) NULL,
  `phone` varchar(20) NULL,
  `profession` varchar(50) NULL,
  `note` longtext NULL,
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`member_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`contract_type_id`) REFERENCES `gym_contracttype` (`id`)
);

CREATE TABLE `gym_contract_options` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `contract_id` integer NOT NULL,
  `contractoption_id` integer NOT NULL,
  UNIQUE (`contract_id`, `contractoption_id`),
  FOREIGN KEY (`contract_id`) REFERENCES `gym_contract` (`id`),
  FOREIGN KEY (`contractoption_id`) REFERENCES `gym_contractoption` (`id`)
);

CREATE TABLE `mailer_log` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `date` date NOT NULL,
  `user_id` integer NOT NULL,
  `gym_id` integer NOT NULL,
  `subject` varchar(100) NOT NULL,
  `body` longtext NOT NULL,
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`gym_id`) REFERENCES `gym_gym` (`id`)
);

CREATE TABLE `mailer_cronentry` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `log_id` integer NOT NULL,
  `email` varchar(254) NOT NULL,
  FOREIGN KEY (`log_id`) REFERENCES `mailer_log` (`id`)
);

CREATE TABLE `weight_weightentry` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `uuid` char(32) NOT NULL UNIQUE,
  `date` datetime(6) NOT NULL,
  `weight` numeric(5, 2) NOT NULL,
  `user_id` integer NOT NULL,
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `measurements_category` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL,
  `name` varchar(100) NOT NULL,
  `unit` varchar(30) NOT NULL,
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `measurements_measurement` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `category_id` char(32) NOT NULL,
  `date` datetime(6) NOT NULL,
  `value` numeric(6, 2) NOT NULL,
  `notes` varchar(100) NOT NULL,
  FOREIGN KEY (`category_id`) REFERENCES `measurements_category` (`id`)
);

CREATE TABLE `gallery_image` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `date` date NOT NULL,
  `user_id` integer NOT NULL,
  `image` varchar(100) NOT NULL,
  `height` integer NOT NULL,
  `width` integer NOT NULL,
  `description` longtext NOT NULL,
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `exercises_exercisecategory` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(100) NOT NULL
);

CREATE TABLE `exercises_exercise` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `license_id` integer NOT NULL,
  `license_title` varchar(300) NOT NULL,
  `license_object_url` varchar(200) NOT NULL,
  `license_author` longtext NOT NULL,
  `license_author_url` varchar(200) NOT NULL,
  `license_derivative_source_url` varchar(200) NOT NULL,
  `uuid` char(32) NOT NULL UNIQUE,
  `category_id` integer NOT NULL,
  `variation_group` char(32) NULL,
  `created` datetime(6) NOT NULL,
  `last_update` datetime(6) NOT NULL,
  FOREIGN KEY (`license_id`) REFERENCES `core_license` (`id`),
  FOREIGN KEY (`category_id`) REFERENCES `exercises_exercisecategory` (`id`)
);

CREATE TABLE `exercises_translation` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `license_id` integer NOT NULL,
  `license_title` varchar(300) NOT NULL,
  `license_object_url` varchar(200) NOT NULL,
  `license_author` longtext NOT NULL,
  `license_author_url` varchar(200) NOT NULL,
  `license_derivative_source_url` varchar(200) NOT NULL,
  `description` longtext NOT NULL,
  `description_source` longtext NOT NULL,
  `name` varchar(200) NOT NULL,
  `created` datetime(6) NOT NULL,
  `last_update` datetime(6) NOT NULL,
  `language_id` integer NOT NULL,
  `uuid` char(32) NOT NULL UNIQUE,
  `exercise_id` integer NOT NULL,
  FOREIGN KEY (`license_id`) REFERENCES `core_license` (`id`),
  FOREIGN KEY (`language_id`) REFERENCES `core_language` (`id`),
  FOREIGN KEY (`exercise_id`) REFERENCES `exercises_exercise` (`id`)
);

CREATE TABLE `manager_routine` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL,
  `name` varchar(25) NOT NULL,
  `description` longtext NOT NULL,
  `created` datetime(6) NOT NULL,
  `start` date NOT NULL,
  `end` date NOT NULL,
  `is_template` bool NOT NULL,
  `is_public` bool NOT NULL,
  `fit_in_week` bool NOT NULL,
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `manager_day` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `routine_id` integer NOT NULL,
  `order` integer UNSIGNED NOT NULL,
  `type` varchar(10) NOT NULL,
  `name` varchar(20) NOT NULL,
  `description` varchar(1000) NOT NULL,
  `is_rest` bool NOT NULL,
  `need_logs_to_advance` bool NOT NULL,
  `config` json NULL,
  FOREIGN KEY (`routine_id`) REFERENCES `manager_routine` (`id`)
);

CREATE TABLE `manager_slot` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `day_id` integer NOT NULL,
  `order` integer UNSIGNED NOT NULL,
  `comment` varchar(200) NOT NULL,
  `config` json NULL,
  FOREIGN KEY (`day_id`) REFERENCES `manager_day` (`id`)
);

CREATE TABLE `manager_slotentry` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `slot_id` integer NOT NULL,
  `exercise_id` integer NOT NULL,
  `repetition_unit_id` integer NULL,
  `repetition_rounding` numeric(4, 2) NULL,
  `weight_unit_id` integer NULL,
  `weight_rounding` numeric(4, 2) NULL,
  `order` integer UNSIGNED NOT NULL,
  `comment` varchar(100) NOT NULL,
  `type` varchar(10) NOT NULL,
  `class_name` varchar(50) NULL,
  `config` json NULL,
  FOREIGN KEY (`slot_id`) REFERENCES `manager_slot` (`id`),
  FOREIGN KEY (`exercise_id`) REFERENCES `exercises_exercise` (`id`),
  FOREIGN KEY (`repetition_unit_id`) REFERENCES `core_repetitionunit` (`id`),
  FOREIGN KEY (`weight_unit_id`) REFERENCES `core_weightunit` (`id`)
);

CREATE TABLE `manager_weightconfig` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `slot_entry_id` integer NOT NULL,
  `iteration` integer UNSIGNED NOT NULL,
  `value` numeric(6, 2) NOT NULL,
  `operation` varchar(1) NOT NULL,
  `step` varchar(10) NOT NULL,
  `repeat` bool NOT NULL,
  `requirements` json NULL,
  UNIQUE (`slot_entry_id`, `iteration`),
  FOREIGN KEY (`slot_entry_id`) REFERENCES `manager_slotentry` (`id`)
);

CREATE TABLE `manager_workoutsession` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL,
  `routine_id` integer NULL,
  `day_id` integer NULL,
  `date` date NOT NULL,
  `notes` longtext NULL,
  `impression` varchar(2) NOT NULL,
  `time_start` time(6) NULL,
  `time_end` time(6) NULL,
  UNIQUE (`date`, `user_id`, `routine_id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`routine_id`) REFERENCES `manager_routine` (`id`),
  FOREIGN KEY (`day_id`) REFERENCES `manager_day` (`id`)
);

CREATE TABLE `manager_workoutlog` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `date` datetime(6) NOT NULL,
  `user_id` integer NOT NULL,
  `next_log_id` char(32) NULL,
  `session_id` char(32) NULL,
  `exercise_id` integer NOT NULL,
  `routine_id` integer NULL,
  `slot_entry_id` integer NULL,
  `iteration` integer UNSIGNED NULL,
  `repetitions_unit_id` integer NULL,
  `repetitions` numeric(6, 2) NULL,
  `repetitions_target` numeric(6, 2) NULL,
  `weight_unit_id` integer NULL,
  `weight` numeric(6, 2) NULL,
  `weight_target` numeric(6, 2) NULL,
  `rir` numeric(2, 1) NULL,
  `rir_target` numeric(2, 1) NULL,
  `rest` integer UNSIGNED NULL,
  `rest_target` integer UNSIGNED NULL,
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`next_log_id`) REFERENCES `manager_workoutlog` (`id`),
  FOREIGN KEY (`session_id`) REFERENCES `manager_workoutsession` (`id`),
  FOREIGN KEY (`exercise_id`) REFERENCES `exercises_exercise` (`id`),
  FOREIGN KEY (`routine_id`) REFERENCES `manager_routine` (`id`),
  FOREIGN KEY (`slot_entry_id`) REFERENCES `manager_slotentry` (`id`),
  FOREIGN KEY (`repetitions_unit_id`) REFERENCES `core_repetitionunit` (`id`),
  FOREIGN KEY (`weight_unit_id`) REFERENCES `core_weightunit` (`id`)
);

CREATE TABLE `nutrition_ingredient` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `license_id` integer NOT NULL,
  `license_title` varchar(300) NOT NULL,
  `license_object_url` varchar(200) NOT NULL,
  `license_author` longtext NOT NULL,
  `license_author_url` varchar(200) NOT NULL,
  `license_derivative_source_url` varchar(200) NOT NULL,
  `language_id` integer NOT NULL,
  `created` datetime(6) NOT NULL,
  `last_update` datetime(6) NOT NULL,
  `last_image_check` datetime(6) NULL,
  `uuid` char(32) NOT NULL UNIQUE,
  `name` varchar(200) NOT NULL,
  `energy` integer NOT NULL,
  `protein` numeric(6, 3) NOT NULL,
  `carbohydrates` numeric(6, 3) NOT NULL,
  `carbohydrates_sugar` numeric(6, 3) NULL,
  `fat` numeric(6, 3) NOT NULL,
  `fat_saturated` numeric(6, 3) NULL,
  `fiber` numeric(6, 3) NULL,
  `sodium` numeric(6, 3) NULL,
  `code` varchar(200) NULL,
  `remote_id` varchar(200) NULL,
  `source_name` varchar(200) NULL,
  `source_url` varchar(200) NULL,
  `last_imported` datetime(6) NULL,
  `common_name` varchar(200) NULL,
  `category_id` integer NULL,
  `brand` varchar(200) NULL,
  `is_vegan` bool NULL,
  `is_vegetarian` bool NULL,
  `nutriscore` varchar(1) NULL,
  FOREIGN KEY (`license_id`) REFERENCES `core_license` (`id`),
  FOREIGN KEY (`language_id`) REFERENCES `core_language` (`id`)
);

CREATE TABLE `nutrition_ingredientweightunit` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `uuid` char(32) NOT NULL UNIQUE,
  `ingredient_id` integer NOT NULL,
  `name` varchar(200) NOT NULL,
  `gram` integer NOT NULL,
  FOREIGN KEY (`ingredient_id`) REFERENCES `nutrition_ingredient` (`id`)
);

CREATE TABLE `nutrition_nutritionplan` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL,
  `creation_date` date NOT NULL,
  `start` date NOT NULL,
  `end` date NULL,
  `description` varchar(80) NOT NULL,
  `only_logging` bool NOT NULL,
  `goal_energy` integer NULL,
  `goal_protein` integer NULL,
  `goal_carbohydrates` integer NULL,
  `goal_fiber` integer NULL,
  `goal_fat` integer NULL,
  `has_goal_calories` bool NOT NULL,
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `nutrition_meal` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `plan_id` char(32) NOT NULL,
  `order` integer NOT NULL,
  `time` time(6) NULL,
  `name` varchar(25) NOT NULL,
  FOREIGN KEY (`plan_id`) REFERENCES `nutrition_nutritionplan` (`id`)
);

CREATE TABLE `nutrition_mealitem` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `meal_id` char(32) NOT NULL,
  `ingredient_id` integer NOT NULL,
  `weight_unit_id` integer NULL,
  `order` integer NOT NULL,
  `amount` numeric(6, 2) NOT NULL,
  FOREIGN KEY (`meal_id`) REFERENCES `nutrition_meal` (`id`),
  FOREIGN KEY (`ingredient_id`) REFERENCES `nutrition_ingredient` (`id`),
  FOREIGN KEY (`weight_unit_id`) REFERENCES `nutrition_ingredientweightunit` (`id`)
);

CREATE TABLE `nutrition_logitem` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `plan_id` char(32) NOT NULL,
  `meal_id` char(32) NULL,
  `datetime` datetime(6) NOT NULL,
  `comment` longtext NULL,
  `ingredient_id` integer NOT NULL,
  `weight_unit_id` integer NULL,
  `amount` numeric(6, 2) NOT NULL,
  FOREIGN KEY (`plan_id`) REFERENCES `nutrition_nutritionplan` (`id`),
  FOREIGN KEY (`meal_id`) REFERENCES `nutrition_meal` (`id`),
  FOREIGN KEY (`ingredient_id`) REFERENCES `nutrition_ingredient` (`id`),
  FOREIGN KEY (`weight_unit_id`) REFERENCES `nutrition_ingredientweightunit` (`id`)
);

CREATE TABLE `trophies_trophy` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `uuid` char(32) NOT NULL UNIQUE,
  `name` varchar(100) NOT NULL,
  `description` longtext NOT NULL,
  `trophy_type` varchar(20) NOT NULL,
  `checker_class` varchar(255) NOT NULL,
  `checker_params` json NOT NULL,
  `is_hidden` bool NOT NULL,
  `is_progressive` bool NOT NULL,
  `is_active` bool NOT NULL,
  `is_repeatable` bool NOT NULL,
  `order` integer UNSIGNED NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL
);

CREATE TABLE `trophies_usertrophy` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL,
  `trophy_id` integer NOT NULL,
  `earned_at` datetime(6) NOT NULL,
  `progress` double precision NOT NULL,
  `is_notified` bool NOT NULL,
  `context_data` json NULL,
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`trophy_id`) REFERENCES `trophies_trophy` (`id`)
);

CREATE TABLE `trophies_userstatistics` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL UNIQUE,
  `total_weight_lifted` numeric(12, 2) NOT NULL,
  `total_workouts` integer UNSIGNED NOT NULL,
  `current_streak` integer UNSIGNED NOT NULL,
  `longest_streak` integer UNSIGNED NOT NULL,
  `last_workout_date` date NULL,
  `earliest_workout_time` time(6) NULL,
  `latest_workout_time` time(6) NULL,
  `weekend_workout_streak` integer UNSIGNED NOT NULL,
  `last_complete_weekend_date` date NULL,
  `last_inactive_date` date NULL,
  `worked_out_jan_1` bool NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

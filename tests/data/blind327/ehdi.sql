-- Mama Rachel Hospital Newborn Hearing Screening (EHDI: Early Hearing Detection and Intervention) System
-- (newborns, their mothers' contacts, consent, risk factors, OAE/AABR screening events per ear, visual ear
-- inspections, referrals, audiological diagnostic evaluations with audiogram thresholds, pathway milestones,
-- SMS/WhatsApp notifications, parent surveys, staff users with TOTP, audit log, correction requests, QI reviews)
-- Upstream: github.com/iankipyego/Newborn-Hearing-Screening-EHDI-System, commit
-- d9ad11d2fd08f371fe0b068aa4c671eee059a009 (CC0-1.0, LICENSE), Next.js + Prisma on PostgreSQL.
-- Source: my-app/prisma/migrations/20260714090223_init/migration.sql + 20260721000000_add_visual_inspection/
-- migration.sql (Prisma Migrate SQL, which agrees with my-app/prisma/schema.prisma), converted to MySQL by a
-- script: enum types inlined as ENUM(...), UUID -> CHAR(36), TIMESTAMP(3) -> DATETIME(3), JSONB -> JSON,
-- TEXT columns in a primary or unique key -> VARCHAR(191); unique indexes as UNIQUE KEY and the ALTER TABLE
-- foreign keys written inside their tables; non-unique indexes left out; tables in foreign-key order.
-- All 19 tables kept.

CREATE TABLE `sites` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `county` TEXT NOT NULL,
  `subcounty` TEXT,
  `contact_person` TEXT NOT NULL,
  `contact_phone` TEXT NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `active` BOOLEAN NOT NULL DEFAULT true,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `email` VARCHAR(191) NOT NULL,
  `phone` TEXT,
  `password_hash` TEXT NOT NULL,
  `role` ENUM('DATA_CLERK', 'SCREENER', 'SUPERVISOR', 'RESEARCHER', 'ADMIN') NOT NULL,
  `site_id` CHAR(36) NOT NULL,
  `active` BOOLEAN NOT NULL DEFAULT true,
  `totp_secret` TEXT,
  `totp_enabled` BOOLEAN NOT NULL DEFAULT false,
  `failed_login_count` INTEGER NOT NULL DEFAULT 0,
  `locked_until` DATETIME(3),
  `last_login_at` DATETIME(3),
  `password_reset_token` TEXT,
  `password_reset_expires` DATETIME(3),
  `created_by_id` CHAR(36),
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `deactivated_at` DATETIME(3),
  `deactivated_by_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_key` (`email`),
  CONSTRAINT `users_site_id_fkey` FOREIGN KEY (`site_id`) REFERENCES `sites` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `users_created_by_id_fkey` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `users_deactivated_by_id_fkey` FOREIGN KEY (`deactivated_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE `patients` (
  `id` CHAR(36) NOT NULL,
  `research_id` VARCHAR(191) NOT NULL,
  `hospital_number` TEXT,
  `date_of_birth` DATETIME(3) NOT NULL,
  `sex` ENUM('Male', 'Female') NOT NULL,
  `child_name` TEXT,
  `screened_at_birth` BOOLEAN,
  `birth_weight_grams` INTEGER NOT NULL,
  `gestational_age_weeks` DECIMAL(4,2) NOT NULL,
  `delivery_type` ENUM('NVD', 'C_Section', 'Assisted_Vacuum_Forceps') NOT NULL,
  `apgar_score_5min` INTEGER,
  `mother_name` TEXT NOT NULL,
  `mother_age` INTEGER NOT NULL,
  `mother_phone` TEXT NOT NULL,
  `guardian_phone_alt` TEXT,
  `whatsapp_number` TEXT,
  `email` TEXT,
  `residence_county` TEXT NOT NULL,
  `residence_subcounty` TEXT NOT NULL,
  `nearest_town` TEXT NOT NULL,
  `nicu_admitted` BOOLEAN NOT NULL,
  `nicu_days` INTEGER,
  `entry_source` ENUM('LIVE', 'PAPER_BACKUP') NOT NULL,
  `site_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `created_by` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `patients_research_id_key` (`research_id`),
  CONSTRAINT `patients_site_id_fkey` FOREIGN KEY (`site_id`) REFERENCES `sites` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE TABLE `consent_records` (
  `id` CHAR(36) NOT NULL,
  `patient_id` CHAR(36) NOT NULL,
  `status` ENUM('GIVEN', 'REFUSED', 'PENDING') NOT NULL,
  `consent_form_version` TEXT NOT NULL,
  `consented_at` DATETIME(3) NOT NULL,
  `consented_by_clerk_id` CHAR(36) NOT NULL,
  `witness_name` TEXT,
  `withdrawn_at` DATETIME(3),
  `withdrawn_by_clerk_id` CHAR(36),
  `withdrawal_reason` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `consent_records_patient_id_key` (`patient_id`),
  CONSTRAINT `consent_records_patient_id_fkey` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `consent_records_consented_by_clerk_id_fkey` FOREIGN KEY (`consented_by_clerk_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `consent_records_withdrawn_by_clerk_id_fkey` FOREIGN KEY (`withdrawn_by_clerk_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE `risk_factors` (
  `id` CHAR(36) NOT NULL,
  `patient_id` CHAR(36) NOT NULL,
  `nicu_admission` BOOLEAN NOT NULL,
  `prematurity_under_37wk` BOOLEAN NOT NULL,
  `hyperbilirubinemia_treated` BOOLEAN NOT NULL,
  `ototoxic_drug_exposure` BOOLEAN NOT NULL,
  `craniofacial_anomaly` BOOLEAN NOT NULL,
  `family_history_hearing_loss` BOOLEAN NOT NULL,
  `birth_asphyxia` BOOLEAN NOT NULL,
  `congenital_infection_torch` BOOLEAN NOT NULL,
  `syndrome_associated_with_hl` BOOLEAN NOT NULL,
  `mechanical_ventilation_over_5d` BOOLEAN NOT NULL,
  `bacterial_meningitis` BOOLEAN NOT NULL,
  `additional_notes` TEXT,
  `risk_factor_count` INTEGER NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `risk_factors_patient_id_key` (`patient_id`),
  CONSTRAINT `risk_factors_patient_id_fkey` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE TABLE `screening_events` (
  `id` CHAR(36) NOT NULL,
  `patient_id` CHAR(36) NOT NULL,
  `ear` ENUM('LEFT', 'RIGHT') NOT NULL,
  `stage` ENUM('SCREEN_1', 'SCREEN_2', 'RESCREEN_POST_REFERRAL') NOT NULL,
  `modality` ENUM('OAE', 'AABR') NOT NULL,
  `equipment_id` TEXT NOT NULL,
  `probe_fit_quality` ENUM('Good', 'Fair', 'Poor'),
  `ambient_noise_level` ENUM('Low', 'Medium', 'High') NOT NULL,
  `attempts` INTEGER NOT NULL,
  `screener_id` CHAR(36) NOT NULL,
  `duration_minutes` DECIMAL(6,2) NOT NULL,
  `result` ENUM('PASS', 'NOT_PASS', 'INCOMPLETE') NOT NULL,
  `incomplete_reason` TEXT,
  `tested_at` DATETIME(3) NOT NULL,
  `recorded_at` DATETIME(3) NOT NULL,
  `clinicalComment` TEXT,
  `entrySource` ENUM('LIVE', 'PAPER_BACKUP') NOT NULL DEFAULT 'LIVE',
  `status` ENUM('ACTIVE', 'VOIDED') NOT NULL DEFAULT 'ACTIVE',
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `createdById` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `screening_events_patient_id_fkey` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `screening_events_screener_id_fkey` FOREIGN KEY (`screener_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `screening_events_createdById_fkey` FOREIGN KEY (`createdById`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE TABLE `referrals` (
  `id` CHAR(36) NOT NULL,
  `patient_id` CHAR(36) NOT NULL,
  `ear` ENUM('LEFT', 'RIGHT') NOT NULL,
  `type` ENUM('HEALTH_CARE_PROVIDER', 'AUDIOLOGIST') NOT NULL,
  `reason` TEXT NOT NULL,
  `referred_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `provider_name` TEXT NOT NULL,
  `facility` TEXT NOT NULL,
  `diagnosis_at_referral` ENUM('Otitis_media', 'Blockage', 'Infection', 'Clear', 'Other'),
  `treatment_given` TEXT,
  `medical_clearance_given` BOOLEAN,
  `pe_tube_placed` BOOLEAN,
  `resolved_at` DATETIME(3),
  `status` ENUM('PENDING', 'CLEARED', 'TREATED', 'NO_SHOW', 'SEEN') NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `createdById` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `referrals_patient_id_fkey` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `referrals_createdById_fkey` FOREIGN KEY (`createdById`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE TABLE `diagnostic_evaluations` (
  `id` CHAR(36) NOT NULL,
  `patient_id` CHAR(36) NOT NULL,
  `ear` ENUM('LEFT', 'RIGHT') NOT NULL,
  `audiologist_name` TEXT NOT NULL,
  `facility` TEXT NOT NULL,
  `evaluation_type` ENUM('ABR', 'VRA', 'CPA', 'OAE') NOT NULL,
  `evaluated_at` DATETIME(3) NOT NULL,
  `diagnosis` ENUM('Normal', 'Conductive_loss', 'Sensorineural_loss', 'Mixed_loss', 'Auditory_neuropathy') NOT NULL,
  `degree` ENUM('Mild', 'Moderate', 'Severe', 'Profound'),
  `laterality` ENUM('Unilateral', 'Bilateral') NOT NULL,
  `hearing_aid_recommended` BOOLEAN NOT NULL,
  `hearing_aid_fitted_date` DATE,
  `cochlear_implant_referral` BOOLEAN NOT NULL,
  `early_intervention_enrolled` BOOLEAN NOT NULL,
  `intervention_start_date` DATE,
  PRIMARY KEY (`id`),
  CONSTRAINT `diagnostic_evaluations_patient_id_fkey` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE TABLE `diagnostic_thresholds` (
  `id` CHAR(36) NOT NULL,
  `diagnostic_evaluation_id` CHAR(36) NOT NULL,
  `frequency_hz` INTEGER NOT NULL,
  `threshold_db` INTEGER NOT NULL,
  `ear` ENUM('LEFT', 'RIGHT') NOT NULL,
  `test_type` ENUM('AC', 'BC') NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `diagnostic_thresholds_diagnostic_evaluation_id_fkey` FOREIGN KEY (`diagnostic_evaluation_id`) REFERENCES `diagnostic_evaluations` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE TABLE `pathway_milestones` (
  `id` CHAR(36) NOT NULL,
  `patient_id` CHAR(36) NOT NULL,
  `days_birth_to_first_screen` INTEGER NOT NULL,
  `days_first_screen_to_screen2` INTEGER,
  `days_screen2_to_referral` INTEGER,
  `days_referral_to_clearance` INTEGER,
  `days_clearance_to_rescreen` INTEGER,
  `days_audiology_referral_to_eval` INTEGER,
  `days_diagnosis_to_intervention` INTEGER,
  `screened_within_1_month` BOOLEAN NOT NULL,
  `diagnosed_within_3_months` BOOLEAN NOT NULL,
  `intervention_within_6_months` BOOLEAN NOT NULL,
  `final_status` ENUM('PASSED', 'IN_PROGRESS', 'REFERRED_AUDIOLOGY', 'DIAGNOSED', 'LOST_TO_FOLLOWUP') NOT NULL,
  `computed_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pathway_milestones_patient_id_key` (`patient_id`),
  CONSTRAINT `pathway_milestones_patient_id_fkey` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE TABLE `notifications_log` (
  `id` CHAR(36) NOT NULL,
  `patient_id` CHAR(36) NOT NULL,
  `trigger_reason` ENUM('REFERRAL_SCHEDULED', 'RESCREEN_SCHEDULED', 'FOLLOW_UP_REMINDER', 'AUDIOLOGY_REFERRAL', 'LOST_TO_FOLLOWUP_WARNING') NOT NULL,
  `channel` ENUM('SMS', 'WHATSAPP', 'EMAIL') NOT NULL,
  `language` ENUM('en', 'sw') NOT NULL,
  `sent_at` DATETIME(3) NOT NULL,
  `delivery_status` ENUM('QUEUED', 'SENT', 'DELIVERED', 'FAILED') NOT NULL,
  `provider_message_id` TEXT,
  `message_content` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `notifications_log_patient_id_fkey` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE TABLE `operational_logs` (
  `id` CHAR(36) NOT NULL,
  `log_date` DATE NOT NULL,
  `site_id` CHAR(36) NOT NULL,
  `total_births` INTEGER NOT NULL,
  `total_screened` INTEGER NOT NULL,
  `total_missed` INTEGER NOT NULL,
  `missed_discharged_early` INTEGER NOT NULL DEFAULT 0,
  `missed_refused` INTEGER NOT NULL DEFAULT 0,
  `missed_equipment_down` INTEGER NOT NULL DEFAULT 0,
  `missed_staff_absent` INTEGER NOT NULL DEFAULT 0,
  `avg_screening_time_minutes` DECIMAL(6,2) NOT NULL,
  `equipment_downtime_minutes` INTEGER NOT NULL,
  `power_outage_minutes` INTEGER NOT NULL,
  `probes_replaced` INTEGER NOT NULL,
  `consumable_cost` DECIMAL(10,2) NOT NULL,
  `staff_on_duty_count` INTEGER NOT NULL,
  `recorded_by` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `operational_logs_log_date_site_id_key` (`log_date`, `site_id`),
  CONSTRAINT `operational_logs_site_id_fkey` FOREIGN KEY (`site_id`) REFERENCES `sites` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `operational_logs_recorded_by_fkey` FOREIGN KEY (`recorded_by`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE TABLE `parent_surveys` (
  `id` CHAR(36) NOT NULL,
  `patient_id` CHAR(36) NOT NULL,
  `delivery_channel_preference` ENUM('IN_PERSON', 'SMS', 'WHATSAPP') NOT NULL,
  `status` ENUM('PENDING', 'COMPLETED', 'NO_RESPONSE') NOT NULL DEFAULT 'PENDING',
  `attempts_sent` INTEGER NOT NULL DEFAULT 0,
  `last_attempt_at` DATETIME(3),
  `explanation_clarity_score` INTEGER,
  `anxiety_before_score` INTEGER,
  `anxiety_after_score` INTEGER,
  `satisfaction_score` INTEGER,
  `would_recommend` BOOLEAN,
  `understood_result` BOOLEAN,
  `knowledge_q1_correct` BOOLEAN,
  `knowledge_q2_correct` BOOLEAN,
  `open_comments` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parent_surveys_patient_id_key` (`patient_id`),
  CONSTRAINT `parent_surveys_patient_id_fkey` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE TABLE `quality_snapshots` (
  `id` CHAR(36) NOT NULL,
  `period_start` DATE NOT NULL,
  `period_end` DATE NOT NULL,
  `coverage_rate` DECIMAL(5,4) NOT NULL,
  `screened_by_1mo_rate` DECIMAL(5,4) NOT NULL,
  `referral_rate` DECIMAL(5,4) NOT NULL,
  `return_for_rescreen_rate` DECIMAL(5,4) NOT NULL,
  `diagnosis_by_3mo_rate` DECIMAL(5,4) NOT NULL,
  `intervention_by_6mo_rate` DECIMAL(5,4) NOT NULL,
  `loss_to_followup_rate` DECIMAL(5,4) NOT NULL,
  `computed_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `quality_snapshots_period_start_period_end_key` (`period_start`, `period_end`)
);

CREATE TABLE `audit_log` (
  `id` CHAR(36) NOT NULL,
  `table_name` TEXT NOT NULL,
  `record_id` TEXT NOT NULL,
  `action` ENUM('INSERT', 'UPDATE') NOT NULL,
  `changed_by` CHAR(36) NOT NULL,
  `changed_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `before_value` JSON,
  `after_value` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `audit_log_changed_by_fkey` FOREIGN KEY (`changed_by`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE TABLE `correction_requests` (
  `id` CHAR(36) NOT NULL,
  `requested_by` CHAR(36) NOT NULL,
  `requested_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `table_name` TEXT NOT NULL,
  `record_id` CHAR(36) NOT NULL,
  `reason` TEXT NOT NULL,
  `proposed_value` JSON NOT NULL,
  `status` ENUM('PENDING', 'APPROVED', 'REJECTED') NOT NULL DEFAULT 'PENDING',
  `reviewed_by` CHAR(36),
  `reviewed_at` DATETIME(3),
  `reviewer_note` TEXT,
  `resolvedById` CHAR(36),
  `resolvedAt` DATETIME(3),
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  CONSTRAINT `correction_requests_requested_by_fkey` FOREIGN KEY (`requested_by`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `correction_requests_reviewed_by_fkey` FOREIGN KEY (`reviewed_by`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `correction_requests_resolvedById_fkey` FOREIGN KEY (`resolvedById`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `correction_requests_record_id_fkey` FOREIGN KEY (`record_id`) REFERENCES `screening_events` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE TABLE `qi_review_log` (
  `id` CHAR(36) NOT NULL,
  `review_date` DATE NOT NULL,
  `reviewer_id` CHAR(36) NOT NULL,
  `site_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `issue_identified` TEXT NOT NULL,
  `root_cause` TEXT,
  `action_taken` TEXT NOT NULL,
  `responsible_person` TEXT NOT NULL,
  `follow_up_date` DATE,
  `status` ENUM('OPEN', 'IN_PROGRESS', 'CLOSED') NOT NULL,
  `closed_at` DATETIME(3),
  PRIMARY KEY (`id`),
  CONSTRAINT `qi_review_log_reviewer_id_fkey` FOREIGN KEY (`reviewer_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `qi_review_log_site_id_fkey` FOREIGN KEY (`site_id`) REFERENCES `sites` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE TABLE `ear_pathway_states` (
  `id` VARCHAR(191) NOT NULL,
  `patientId` CHAR(36) NOT NULL,
  `ear` ENUM('LEFT', 'RIGHT') NOT NULL,
  `state` TEXT NOT NULL,
  `modality` ENUM('OAE', 'AABR') NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ear_pathway_states_patientId_ear_key` (`patientId`, `ear`),
  CONSTRAINT `ear_pathway_states_patientId_fkey` FOREIGN KEY (`patientId`) REFERENCES `patients` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE TABLE `visual_inspections` (
  `id` CHAR(36) NOT NULL,
  `patient_id` CHAR(36) NOT NULL,
  `ear` ENUM('LEFT', 'RIGHT') NOT NULL,
  `outcome` ENUM('PASS', 'MINOR_ANOMALY', 'PE_TUBE', 'REFER_MEDICAL') NOT NULL,
  `finding_note` TEXT,
  `screener_id` CHAR(36) NOT NULL,
  `inspected_at` DATETIME(3) NOT NULL,
  `recorded_at` DATETIME(3) NOT NULL,
  `entrySource` ENUM('LIVE', 'PAPER_BACKUP') NOT NULL DEFAULT 'LIVE',
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `createdById` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `visual_inspections_patient_id_fkey` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `visual_inspections_screener_id_fkey` FOREIGN KEY (`screener_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `visual_inspections_createdById_fkey` FOREIGN KEY (`createdById`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
);

-- Sequencescape (Wellcome Sanger Institute LIMS), db/schema.rb of github.com/sanger/sequencescape commit 6fe6cb4e8371f4804a25e3ce4abda139020b7a08 (MIT), Rails schema written as MySQL

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `login` varchar(255),
  `email` varchar(255),
  `crypted_password` varchar(40),
  `salt` varchar(40),
  `created_at` datetime,
  `updated_at` datetime,
  `remember_token` varchar(255),
  `remember_token_expires_at` datetime,
  `api_key` varchar(255),
  `first_name` varchar(255),
  `last_name` varchar(255),
  `pipeline_administrator` tinyint(1),
  `barcode` varchar(255),
  `cookie` varchar(255),
  `cookie_validated_at` datetime,
  `encrypted_swipecard_code` varchar(40),
  PRIMARY KEY (`id`)
);

CREATE TABLE `roles` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `authorizable_type` varchar(50),
  `authorizable_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `roles_users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `role_id` int,
  `user_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `api_applications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `key` varchar(255) NOT NULL,
  `contact` varchar(255) NOT NULL,
  `description` text,
  `privilege` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `projects` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `enforce_quotas` tinyint(1),
  `approved` tinyint(1),
  `state` varchar(20),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `project_metadata` (
  `id` int NOT NULL AUTO_INCREMENT,
  `project_id` int,
  `project_cost_code` varchar(255),
  `funding_comments` varchar(255),
  `collaborators` varchar(255),
  `external_funding_source` varchar(255),
  `sequencing_budget_cost_centre` varchar(255),
  `project_funding_model` varchar(255),
  `gt_committee_tracking_id` varchar(255),
  `project_manager_id` int,
  `budget_division_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `project_managers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `budget_divisions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `studies` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `user_id` int,
  `blocked` tinyint(1),
  `state` varchar(20),
  `ethically_approved` tinyint(1),
  `enforce_data_release` tinyint(1),
  `enforce_accessioning` tinyint(1),
  `reference_genome_id` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `study_metadata` (
  `id` int NOT NULL AUTO_INCREMENT,
  `study_id` int,
  `old_sac_sponsor` varchar(255),
  `study_description` text,
  `contaminated_human_dna` varchar(255),
  `study_project_id` varchar(255),
  `study_abstract` text,
  `study_study_title` varchar(255),
  `study_ebi_accession_number` varchar(255),
  `study_sra_hold` varchar(255),
  `contains_human_dna` varchar(255),
  `study_name_abbreviation` varchar(255),
  `reference_genome_old` varchar(255),
  `data_release_strategy` varchar(255),
  `data_release_standard_agreement` varchar(255),
  `data_release_timing` varchar(255),
  `data_release_delay_reason` varchar(255),
  `data_release_delay_other_comment` varchar(255),
  `data_release_delay_period` varchar(255),
  `data_release_delay_approval` varchar(255),
  `data_release_delay_reason_comment` varchar(255),
  `data_release_prevention_reason` varchar(255),
  `data_release_prevention_approval` varchar(255),
  `data_release_prevention_reason_comment` varchar(255),
  `snp_study_id` int,
  `snp_parent_study_id` int,
  `bam` tinyint(1),
  `study_type_id` int,
  `data_release_study_type_id` int,
  `reference_genome_id` int,
  `array_express_accession_number` varchar(255),
  `dac_policy` text,
  `ega_policy_accession_number` varchar(255),
  `ega_dac_accession_number` varchar(255),
  `commercially_available` varchar(255),
  `faculty_sponsor_id` int,
  `number_of_gigabases_per_sample` double,
  `hmdmc_approval_number` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `remove_x_and_autosomes` varchar(255) NOT NULL,
  `dac_policy_title` varchar(255),
  `separate_y_chromosome_data` tinyint(1) NOT NULL,
  `data_access_group` varchar(255),
  `prelim_id` varchar(255),
  `program_id` int,
  `s3_email_list` varchar(255),
  `data_deletion_period` varchar(255),
  `contaminated_human_data_access_group` varchar(255),
  `data_release_prevention_other_comment` varchar(255),
  `ebi_library_strategy` varchar(255),
  `ebi_library_source` varchar(255),
  `ebi_library_selection` varchar(255),
  `data_release_timing_publication_comment` varchar(255),
  `data_share_in_preprint` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `study_types` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `valid_type` tinyint(1),
  `created_at` datetime,
  `updated_at` datetime,
  `valid_for_creation` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `data_release_study_types` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `for_array_express` tinyint(1),
  `is_default` tinyint(1),
  `is_assay_type` tinyint(1),
  PRIMARY KEY (`id`)
);

CREATE TABLE `faculty_sponsors` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `study_samples` (
  `id` int NOT NULL AUTO_INCREMENT,
  `study_id` int NOT NULL,
  `sample_id` int NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_samples_in_studies_idx` (`sample_id`,`study_id`)
);

CREATE TABLE `samples` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `new_name_format` tinyint(1),
  `created_at` datetime,
  `updated_at` datetime,
  `sanger_sample_id` varchar(255),
  `sample_manifest_id` int,
  `control` tinyint(1),
  `empty_supplier_sample_name` tinyint(1),
  `updated_by_manifest` tinyint(1),
  `work_order_id` int,
  `container_id` int,
  `control_type` int,
  `priority` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `sample_metadata` (
  `id` int NOT NULL AUTO_INCREMENT,
  `sample_id` int,
  `organism` varchar(255),
  `gc_content` varchar(255),
  `cohort` varchar(255),
  `gender` varchar(255),
  `country_of_origin` varchar(255),
  `geographical_region` varchar(255),
  `ethnicity` varchar(255),
  `dna_source` varchar(255),
  `volume` varchar(255),
  `mother` varchar(255),
  `father` varchar(255),
  `replicate` varchar(255),
  `sample_public_name` varchar(255),
  `sample_common_name` varchar(255),
  `sample_strain_att` varchar(255),
  `sample_taxon_id` int,
  `sample_ebi_accession_number` varchar(255),
  `sample_sra_hold` varchar(255),
  `sample_description` text,
  `sibling` varchar(255),
  `is_resubmitted` tinyint(1),
  `date_of_sample_collection` varchar(255),
  `date_of_sample_extraction` varchar(255),
  `sample_extraction_method` varchar(255),
  `sample_purified` varchar(255),
  `purification_method` varchar(255),
  `concentration` varchar(255),
  `concentration_determined_by` varchar(255),
  `sample_type` varchar(255),
  `sample_storage_conditions` varchar(255),
  `supplier_name` varchar(255),
  `reference_genome_id` int,
  `genotype` varchar(255),
  `phenotype` varchar(255),
  `age` varchar(255),
  `developmental_stage` varchar(255),
  `cell_type` varchar(255),
  `disease_state` varchar(255),
  `compound` varchar(255),
  `dose` varchar(255),
  `immunoprecipitate` varchar(255),
  `growth_condition` varchar(255),
  `rnai` varchar(255),
  `organism_part` varchar(255),
  `time_point` varchar(255),
  `disease` varchar(255),
  `subject` varchar(255),
  `treatment` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `donor_id` varchar(255),
  `genome_size` int,
  `date_of_consent_withdrawn` datetime,
  `user_id_of_consent_withdrawn` int,
  `consent_withdrawn` tinyint(1) NOT NULL,
  `collected_by` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `sample_manifests` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `study_id` int,
  `project_id` int,
  `supplier_id` int,
  `count` int,
  `asset_type` varchar(255),
  `last_errors` text,
  `state` varchar(255),
  `barcodes` text,
  `user_id` int,
  `password` varchar(255),
  `purpose_id` int,
  `tube_rack_purpose_id` int,
  `rows_per_well` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `sample_registrars` (
  `id` int NOT NULL AUTO_INCREMENT,
  `study_id` int,
  `user_id` int,
  `sample_id` int,
  `sample_tube_id` int,
  `asset_group_id` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `comments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `commentable_type` varchar(50),
  `user_id` int,
  `description` text,
  `created_at` datetime,
  `updated_at` datetime,
  `commentable_id` int NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `events` (
  `id` int NOT NULL AUTO_INCREMENT,
  `eventful_id` int,
  `eventful_type` varchar(50),
  `message` varchar(255),
  `family` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `identifier` varchar(255),
  `location` varchar(255),
  `actioned` tinyint(1),
  `content` text,
  `created_by` varchar(255),
  `of_interest_to` varchar(255),
  `descriptor_key` varchar(50),
  `type` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `lab_events` (
  `id` int NOT NULL AUTO_INCREMENT,
  `description` varchar(255),
  `descriptors` text,
  `eventful_id` int,
  `eventful_type` varchar(50),
  `created_at` datetime,
  `updated_at` datetime,
  `message` text,
  `user_id` int,
  `batch_id` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `state_changes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `target_id` int,
  `contents` varchar(4096),
  `previous_state` varchar(255),
  `target_state` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `reason` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `batches` (
  `id` int NOT NULL AUTO_INCREMENT,
  `item_limit` int,
  `created_at` datetime,
  `user_id` int,
  `updated_at` datetime,
  `pipeline_id` int,
  `state` varchar(20),
  `assignee_id` int,
  `qc_pipeline_id` int,
  `production_state` varchar(255),
  `qc_state` varchar(25),
  `barcode` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `requests` (
  `id` int NOT NULL AUTO_INCREMENT,
  `initial_study_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `user_id` int,
  `state` varchar(20),
  `sample_pool_id` int,
  `request_type_id` int,
  `item_id` int,
  `asset_id` int,
  `target_asset_id` int,
  `pipeline_id` int,
  `submission_id` int,
  `charge` tinyint(1),
  `initial_project_id` int,
  `priority` int,
  `sti_type` varchar(255),
  `order_id` int,
  `request_purpose` int,
  `work_order_id` int,
  `billing_product_id` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `orders` (
  `id` int NOT NULL AUTO_INCREMENT,
  `study_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `state_to_delete` varchar(20),
  `message_to_delete` varchar(255),
  `user_id` int,
  `item_options` text,
  `request_types` text,
  `request_options` text,
  `comments` text,
  `project_id` int,
  `sti_type` varchar(255),
  `template_name` varchar(255),
  `asset_group_id` int,
  `asset_group_name` varchar(255),
  `submission_id` int,
  `pre_cap_group` int,
  `order_role_id` int,
  `product_id` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `submissions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `state` varchar(20),
  `message` varchar(255),
  `user_id` int,
  `request_types` text,
  `request_options` text,
  `name` varchar(255),
  `priority` int NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `robots` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `location` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `barcode` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `pipelines` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `active` tinyint(1),
  `created_at` datetime,
  `updated_at` datetime,
  `multiplexed` tinyint(1),
  `sti_type` varchar(50),
  `sorter` int,
  `max_size` int,
  `summary` tinyint(1),
  `externally_managed` tinyint(1),
  `group_name` varchar(255),
  `control_request_type_id` int NOT NULL,
  `min_size` int,
  `validator_class_name` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `isndc_countries` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `sort_priority` int NOT NULL,
  `validation_state` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_isndc_countries_on_name` (`name`)
);

CREATE TABLE `reference_genomes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `custom_texts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `identifier` varchar(255),
  `differential` int,
  `content_type` varchar(255),
  `content` text,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `documents` (
  `id` int NOT NULL AUTO_INCREMENT,
  `documentable_id` int,
  `size` int,
  `content_type` varchar(255),
  `filename` varchar(255),
  `height` int,
  `width` int,
  `parent_id` int,
  `thumbnail` varchar(255),
  `db_file_id` int,
  `documentable_type` varchar(50) NOT NULL,
  `documentable_extended` varchar(50),
  PRIMARY KEY (`id`)
);

CREATE TABLE `barcode_printers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `active` tinyint(1),
  `created_at` datetime,
  `updated_at` datetime,
  `barcode_printer_type_id` int,
  `print_service` int,
  `printer_type` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `asset_audits` (
  `id` int NOT NULL AUTO_INCREMENT,
  `message` varchar(255),
  `key` varchar(255),
  `created_by` varchar(255),
  `asset_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `witnessed_by` varchar(255),
  `metadata` json,
  PRIMARY KEY (`id`)
);

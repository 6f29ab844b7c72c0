-- STDM — Social Tenure Domain Model (UN-Habitat / Global Land Tool Network; QGIS plugin, PostgreSQL + PostGIS),
-- the database its default configuration creates: github.com/gltn/stdm `stdm/templates/configuration.stc`
-- (the three shipped profiles Informal_Settlement `in_`, Local_Government `lo_`, Rural_Agriculture `ru_`:
-- entities, value lists, associations, relations, social tenure relationships) together with the tables STDM's
-- code adds to every profile (`stdm/data/configuration/`: `supporting_document.py`, `entity.py`'s
-- EntitySupportingDocument, `value_list.py`, `social_tenure.py`, `association_entity.py`) and the global tables of
-- `stdm/data/database.py` (content_base, role, content_roles, admin_spatial_unit_set); commit
-- 110e689d61cccb9ff48357e41f80f7b4e9aaaa66 (v1.8.5, GPL-2.0).
-- Written as MySQL/MariaDB by a script: SERIAL -> int AUTO_INCREMENT primary key, VARCHAR/AUTO_GENERATED ->
-- varchar(maximum), DATE -> date, DATETIME -> datetime, DOUBLE / PERCENT -> decimal(18,6) (STDM's Numeric
-- precision and scale), LOOKUP / FOREIGN_KEY / ADMIN_SPATIAL_UNIT -> int with the foreign keys of the profile's
-- <Relations>, GEOMETRY -> geometry (its unique flag dropped: MySQL cannot key a geometry column without a
-- length), MULTIPLE_SELECT -> no column (its association table); column order as STDM adds them; descriptions
-- kept as comments. Foreign-key names are shortened (upstream's exceed 64 characters).
SET NAMES utf8mb4;

CREATE TABLE `content_base` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100),
  `code` varchar(100),
  PRIMARY KEY (`id`),
  UNIQUE KEY `content_base_name_key` (`name`),
  UNIQUE KEY `content_base_code_key` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100),
  `description` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `role_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `content_roles` (
  `content_base_id` int NOT NULL,
  `role_id` int NOT NULL,
  PRIMARY KEY (`content_base_id`, `role_id`),
  CONSTRAINT `fk_content_roles_content_base_id_b1f29c5f` FOREIGN KEY (`content_base_id`) REFERENCES `content_base` (`id`),
  CONSTRAINT `fk_content_roles_role_id_3adc6a8d` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_spatial_unit_set` (
  `id` int NOT NULL AUTO_INCREMENT,
  `parent_id` int,
  `name` varchar(50),
  `code` varchar(10),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_admin_spatial_unit_set_parent_id_307a8ee4` FOREIGN KEY (`parent_id`) REFERENCES `admin_spatial_unit_set` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `in_check_social_tenure_relationship_document_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Informal_Settlement profile';

CREATE TABLE `in_check_tenure_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Informal_Settlement profile';

CREATE TABLE `in_check_person_document_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Informal_Settlement profile';

CREATE TABLE `in_check_structure_document_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Informal_Settlement profile';

CREATE TABLE `in_check_gender` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Informal_Settlement profile';

CREATE TABLE `in_check_marital_status` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Informal_Settlement profile';

CREATE TABLE `in_check_household_relation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Informal_Settlement profile';

CREATE TABLE `in_check_ownership_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Informal_Settlement profile';

CREATE TABLE `in_check_related_structures` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Informal_Settlement profile';

CREATE TABLE `in_check_recognition_status` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Informal_Settlement profile';

CREATE TABLE `in_check_utilities` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Informal_Settlement profile';

CREATE TABLE `in_check_dispute_status` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Informal_Settlement profile';

CREATE TABLE `in_check_dispute_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Informal_Settlement profile';

CREATE TABLE `in_supporting_document` (
  `id` int NOT NULL AUTO_INCREMENT,
  `creation_date` datetime,
  `document_identifier` varchar(50),
  `source_entity` varchar(150),
  `document_size` int,
  `filename` varchar(200),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `in_person` (
  `id` int NOT NULL AUTO_INCREMENT,
  `first_name` varchar(30) COMMENT 'First name of the person',
  `middle_name` varchar(30) COMMENT 'Middle name of the person',
  `last_name` varchar(30) COMMENT 'Last name of the person',
  `national_id` varchar(30) COMMENT 'The identification card number of the person',
  `gender` int COMMENT 'The gender of the person',
  `date_of_birth` date COMMENT 'Date of birth of the person',
  `marital_status` int COMMENT 'The marital status of the person',
  `telephone_number` varchar(30) COMMENT 'The telephone number of the person',
  `address` varchar(100) COMMENT 'Address of the person',
  `residence_area` int COMMENT 'The residence area of the person',
  `household_relation` int COMMENT 'The relation of the person to the household head',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_in_person_household_relation_63591c97` FOREIGN KEY (`household_relation`) REFERENCES `in_check_household_relation` (`id`),
  CONSTRAINT `fk_in_person_gender_82e2e700` FOREIGN KEY (`gender`) REFERENCES `in_check_gender` (`id`),
  CONSTRAINT `fk_in_person_residence_area_59f8309e` FOREIGN KEY (`residence_area`) REFERENCES `admin_spatial_unit_set` (`id`),
  CONSTRAINT `fk_in_person_marital_status_5001d2c5` FOREIGN KEY (`marital_status`) REFERENCES `in_check_marital_status` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='A person can be an individual, household or group';

CREATE TABLE `in_structure` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(4000) COMMENT 'The unique identifier of the structure',
  `name` varchar(30) COMMENT 'User friendly name of the structure',
  `ownership_type` int COMMENT 'The ownership type of the structure',
  `recognition_status` int COMMENT 'Recognition status of the structure by authorities',
  `location` int COMMENT 'Location of the structure.',
  `spatial_geometry` geometry COMMENT 'A digitized geographic extent of the structure',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_in_structure_ownership_type_73f454ad` FOREIGN KEY (`ownership_type`) REFERENCES `in_check_ownership_type` (`id`),
  CONSTRAINT `fk_in_structure_recognition_status_481094fb` FOREIGN KEY (`recognition_status`) REFERENCES `in_check_recognition_status` (`id`),
  CONSTRAINT `fk_in_structure_location_38e723da` FOREIGN KEY (`location`) REFERENCES `admin_spatial_unit_set` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='A parcel or plot of land';

CREATE TABLE `in_related_structures` (
  `id` int NOT NULL AUTO_INCREMENT,
  `in_check_related_structures_id` int,
  `in_structure_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_in_related_structures_in_check_related_str_afd7414b` FOREIGN KEY (`in_check_related_structures_id`) REFERENCES `in_check_related_structures` (`id`),
  CONSTRAINT `fk_in_related_structures_in_structure_id_cac67514` FOREIGN KEY (`in_structure_id`) REFERENCES `in_structure` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `in_utilities` (
  `id` int NOT NULL AUTO_INCREMENT,
  `in_check_utilities_id` int,
  `in_structure_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_in_utilities_in_check_utilities_i_01c4ccb3` FOREIGN KEY (`in_check_utilities_id`) REFERENCES `in_check_utilities` (`id`),
  CONSTRAINT `fk_in_utilities_in_structure_id_b92defe9` FOREIGN KEY (`in_structure_id`) REFERENCES `in_structure` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `in_social_tenure_relationship` (
  `id` int NOT NULL AUTO_INCREMENT,
  `tenure_type` int,
  `validity_start` date,
  `validity_end` date,
  `tenure_share` decimal(18,6),
  `person_id` int,
  `structure_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_in_social_tenure_relatio_tenure_type_f6ec506c` FOREIGN KEY (`tenure_type`) REFERENCES `in_check_tenure_type` (`id`),
  CONSTRAINT `fk_in_social_tenure_relatio_person_id_817d4129` FOREIGN KEY (`person_id`) REFERENCES `in_person` (`id`),
  CONSTRAINT `fk_in_social_tenure_relatio_structure_id_0d2984cf` FOREIGN KEY (`structure_id`) REFERENCES `in_structure` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `in_check_tenure_type_str_attrs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `social_tenure_relationship_id` int,
  `dispute_status` int,
  `dispute_type` int,
  `period_of_stay_in_years` decimal(18,6) COMMENT 'Period of stay in years',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_in_check_tenure_type_str_social_tenure_relati_8467ab32` FOREIGN KEY (`social_tenure_relationship_id`) REFERENCES `in_social_tenure_relationship` (`id`),
  CONSTRAINT `fk_in_check_tenure_type_str_dispute_status_7a666fb3` FOREIGN KEY (`dispute_status`) REFERENCES `in_check_dispute_status` (`id`),
  CONSTRAINT `fk_in_check_tenure_type_str_dispute_type_54d7428a` FOREIGN KEY (`dispute_type`) REFERENCES `in_check_dispute_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `in_person_supporting_document` (
  `id` int NOT NULL AUTO_INCREMENT,
  `supporting_doc_id` int,
  `person_id` int,
  `document_type` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_in_person_supporting_doc_document_type_4588e2a5` FOREIGN KEY (`document_type`) REFERENCES `in_check_person_document_type` (`id`),
  CONSTRAINT `fk_in_person_supporting_doc_person_id_e8df9857` FOREIGN KEY (`person_id`) REFERENCES `in_person` (`id`),
  CONSTRAINT `fk_in_person_supporting_doc_supporting_doc_id_112739f2` FOREIGN KEY (`supporting_doc_id`) REFERENCES `in_supporting_document` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `in_structure_supporting_document` (
  `id` int NOT NULL AUTO_INCREMENT,
  `supporting_doc_id` int,
  `structure_id` int,
  `document_type` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_in_structure_supporting__document_type_cfb6b914` FOREIGN KEY (`document_type`) REFERENCES `in_check_structure_document_type` (`id`),
  CONSTRAINT `fk_in_structure_supporting__structure_id_e1cb6a86` FOREIGN KEY (`structure_id`) REFERENCES `in_structure` (`id`),
  CONSTRAINT `fk_in_structure_supporting__supporting_doc_id_5297751d` FOREIGN KEY (`supporting_doc_id`) REFERENCES `in_supporting_document` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `in_social_tenure_relationship_supporting_document` (
  `id` int NOT NULL AUTO_INCREMENT,
  `supporting_doc_id` int,
  `social_tenure_relationship_id` int,
  `document_type` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_in_social_tenure_relatio_document_type_723f7d99` FOREIGN KEY (`document_type`) REFERENCES `in_check_social_tenure_relationship_document_type` (`id`),
  CONSTRAINT `fk_in_social_tenure_relatio_social_tenure_relati_6a944d56` FOREIGN KEY (`social_tenure_relationship_id`) REFERENCES `in_social_tenure_relationship` (`id`),
  CONSTRAINT `fk_in_social_tenure_relatio_supporting_doc_id_0cb461bf` FOREIGN KEY (`supporting_doc_id`) REFERENCES `in_supporting_document` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lo_check_social_tenure_relationship_document_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Local_Government profile';

CREATE TABLE `lo_check_tenure_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Local_Government profile';

CREATE TABLE `lo_check_gender` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Local_Government profile';

CREATE TABLE `lo_check_landuse` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Local_Government profile';

CREATE TABLE `lo_check_marital_status` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Local_Government profile';

CREATE TABLE `lo_check_parcel_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Local_Government profile';

CREATE TABLE `lo_check_officer_rank` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Local_Government profile';

CREATE TABLE `lo_check_dispute` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Local_Government profile';

CREATE TABLE `lo_check_parcel_document_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Local_Government profile';

CREATE TABLE `lo_check_person_document_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Local_Government profile';

CREATE TABLE `lo_supporting_document` (
  `id` int NOT NULL AUTO_INCREMENT,
  `creation_date` datetime,
  `document_identifier` varchar(50),
  `source_entity` varchar(150),
  `document_size` int,
  `filename` varchar(200),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lo_person` (
  `id` int NOT NULL AUTO_INCREMENT,
  `first_name` varchar(30) COMMENT 'First name',
  `middle_name` varchar(30) COMMENT 'Middle name',
  `last_name` varchar(30) COMMENT 'Last name',
  `gender` int COMMENT 'Gender',
  `date_of_birth` date COMMENT 'date of birth',
  `marital_status` int COMMENT 'The marital status of the person',
  `national_id` varchar(30) COMMENT 'National Identification',
  `physical_address` varchar(30) COMMENT 'Physical Address',
  `telephone_number` varchar(30) COMMENT 'telephone_number',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_lo_person_gender_a495c3e4` FOREIGN KEY (`gender`) REFERENCES `lo_check_gender` (`id`),
  CONSTRAINT `fk_lo_person_marital_status_8542a00a` FOREIGN KEY (`marital_status`) REFERENCES `lo_check_marital_status` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Person is an individual';

CREATE TABLE `lo_parcel` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(4000) COMMENT 'Unique identifier',
  `area` decimal(18,6) COMMENT 'Area of the parcel in square unit',
  `value` decimal(18,6) COMMENT 'Monetary value of the parcel',
  `parcel_type` int COMMENT 'Parcel type',
  `landuse` int COMMENT 'Land use of the parcel',
  `dispute` int COMMENT 'The dispute on the parcel',
  `location` int COMMENT 'The location of the spatial unit',
  `spatial_geometery` geometry COMMENT 'The digital geographic bounder of the parcel',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_lo_parcel_parcel_type_ba59849f` FOREIGN KEY (`parcel_type`) REFERENCES `lo_check_parcel_type` (`id`),
  CONSTRAINT `fk_lo_parcel_landuse_8e70aaa6` FOREIGN KEY (`landuse`) REFERENCES `lo_check_landuse` (`id`),
  CONSTRAINT `fk_lo_parcel_dispute_36d343b8` FOREIGN KEY (`dispute`) REFERENCES `lo_check_dispute` (`id`),
  CONSTRAINT `fk_lo_parcel_location_18258424` FOREIGN KEY (`location`) REFERENCES `admin_spatial_unit_set` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Parcel represents the spatial unit';

CREATE TABLE `lo_surveyor` (
  `id` int NOT NULL AUTO_INCREMENT,
  `first_name` varchar(30) COMMENT 'First name',
  `middle_name` varchar(30) COMMENT 'Middle name',
  `last_name` varchar(30) COMMENT 'Last name',
  `gender` int COMMENT 'Gender',
  `national_id` varchar(30) COMMENT 'National Identification',
  `date_of_birth` date COMMENT 'Date of birth',
  `telephone_number` varchar(30) COMMENT 'Telephone number',
  `officer_rank` int COMMENT 'Rank of the surveyor',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_lo_surveyor_gender_2a71f4c6` FOREIGN KEY (`gender`) REFERENCES `lo_check_gender` (`id`),
  CONSTRAINT `fk_lo_surveyor_officer_rank_5679d4b3` FOREIGN KEY (`officer_rank`) REFERENCES `lo_check_officer_rank` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Surveyor is a person who conducts field assessment on a parcel';

CREATE TABLE `lo_planner` (
  `id` int NOT NULL AUTO_INCREMENT,
  `first_name` varchar(30) COMMENT 'First name',
  `middle_name` varchar(30) COMMENT 'Middle name',
  `last_name` varchar(30) COMMENT 'Last name',
  `gender` int COMMENT 'Gender',
  `national_id` varchar(30) COMMENT 'National Identification',
  `date_of_birth` date COMMENT 'Date of birth',
  `telephone_number` varchar(30) COMMENT 'Telephone number',
  `officer_rank` int COMMENT 'Rank of the planner',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_lo_planner_gender_f598d39c` FOREIGN KEY (`gender`) REFERENCES `lo_check_gender` (`id`),
  CONSTRAINT `fk_lo_planner_officer_rank_4ddf6553` FOREIGN KEY (`officer_rank`) REFERENCES `lo_check_officer_rank` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Planner is a person who handles the plotting and data entry of a parcel';

CREATE TABLE `lo_survey` (
  `id` int NOT NULL AUTO_INCREMENT,
  `date_of_survey` date COMMENT 'The date of survey',
  `parcel` int COMMENT 'The parcel surveyed',
  `surveyor` int COMMENT 'The person who conducted the survey',
  `planner` int COMMENT 'The planner refers to the person overseeing the survey. ',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_lo_survey_parcel_c03781cc` FOREIGN KEY (`parcel`) REFERENCES `lo_parcel` (`id`),
  CONSTRAINT `fk_lo_survey_surveyor_55cbac70` FOREIGN KEY (`surveyor`) REFERENCES `lo_surveyor` (`id`),
  CONSTRAINT `fk_lo_survey_planner_b2e10778` FOREIGN KEY (`planner`) REFERENCES `lo_planner` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Relation of surveyor and planner';

CREATE TABLE `lo_social_tenure_relationship` (
  `id` int NOT NULL AUTO_INCREMENT,
  `tenure_type` int,
  `validity_start` date,
  `validity_end` date,
  `tenure_share` decimal(18,6),
  `person_id` int,
  `parcel_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_lo_social_tenure_relatio_tenure_type_0422bd23` FOREIGN KEY (`tenure_type`) REFERENCES `lo_check_tenure_type` (`id`),
  CONSTRAINT `fk_lo_social_tenure_relatio_person_id_8ac72e14` FOREIGN KEY (`person_id`) REFERENCES `lo_person` (`id`),
  CONSTRAINT `fk_lo_social_tenure_relatio_parcel_id_27fbce83` FOREIGN KEY (`parcel_id`) REFERENCES `lo_parcel` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lo_check_tenure_type_str_attrs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `social_tenure_relationship_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_lo_check_tenure_type_str_social_tenure_relati_560781f1` FOREIGN KEY (`social_tenure_relationship_id`) REFERENCES `lo_social_tenure_relationship` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lo_person_supporting_document` (
  `id` int NOT NULL AUTO_INCREMENT,
  `supporting_doc_id` int,
  `person_id` int,
  `document_type` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_lo_person_supporting_doc_document_type_6d4964a7` FOREIGN KEY (`document_type`) REFERENCES `lo_check_person_document_type` (`id`),
  CONSTRAINT `fk_lo_person_supporting_doc_person_id_fdd50592` FOREIGN KEY (`person_id`) REFERENCES `lo_person` (`id`),
  CONSTRAINT `fk_lo_person_supporting_doc_supporting_doc_id_af3053a7` FOREIGN KEY (`supporting_doc_id`) REFERENCES `lo_supporting_document` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lo_parcel_supporting_document` (
  `id` int NOT NULL AUTO_INCREMENT,
  `supporting_doc_id` int,
  `parcel_id` int,
  `document_type` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_lo_parcel_supporting_doc_document_type_82c02b81` FOREIGN KEY (`document_type`) REFERENCES `lo_check_parcel_document_type` (`id`),
  CONSTRAINT `fk_lo_parcel_supporting_doc_parcel_id_9bfc8352` FOREIGN KEY (`parcel_id`) REFERENCES `lo_parcel` (`id`),
  CONSTRAINT `fk_lo_parcel_supporting_doc_supporting_doc_id_83f5c541` FOREIGN KEY (`supporting_doc_id`) REFERENCES `lo_supporting_document` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lo_social_tenure_relationship_supporting_document` (
  `id` int NOT NULL AUTO_INCREMENT,
  `supporting_doc_id` int,
  `social_tenure_relationship_id` int,
  `document_type` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_lo_social_tenure_relatio_document_type_2ab11fe2` FOREIGN KEY (`document_type`) REFERENCES `lo_check_social_tenure_relationship_document_type` (`id`),
  CONSTRAINT `fk_lo_social_tenure_relatio_social_tenure_relati_283f1fe8` FOREIGN KEY (`social_tenure_relationship_id`) REFERENCES `lo_social_tenure_relationship` (`id`),
  CONSTRAINT `fk_lo_social_tenure_relatio_supporting_doc_id_4566cf5c` FOREIGN KEY (`supporting_doc_id`) REFERENCES `lo_supporting_document` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ru_check_social_tenure_relationship_document_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Rural_Agriculture profile';

CREATE TABLE `ru_check_tenure_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Rural_Agriculture profile';

CREATE TABLE `ru_check_farmer_document_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Rural_Agriculture profile';

CREATE TABLE `ru_check_garden_document_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Rural_Agriculture profile';

CREATE TABLE `ru_check_witness_document_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Rural_Agriculture profile';

CREATE TABLE `ru_check_gender` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Rural_Agriculture profile';

CREATE TABLE `ru_check_marital_status` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Rural_Agriculture profile';

CREATE TABLE `ru_check_respondent_document_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Rural_Agriculture profile';

CREATE TABLE `ru_check_respondent_role` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Rural_Agriculture profile';

CREATE TABLE `ru_check_witness_relationship` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Rural_Agriculture profile';

CREATE TABLE `ru_check_socio_economic_impact` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Rural_Agriculture profile';

CREATE TABLE `ru_check_input_service` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Rural_Agriculture profile';

CREATE TABLE `ru_check_rank` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(5),
  `value` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='STDM value list of the Rural_Agriculture profile';

CREATE TABLE `ru_supporting_document` (
  `id` int NOT NULL AUTO_INCREMENT,
  `creation_date` datetime,
  `document_identifier` varchar(50),
  `source_entity` varchar(150),
  `document_size` int,
  `filename` varchar(200),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ru_farmer` (
  `id` int NOT NULL AUTO_INCREMENT,
  `first_name` varchar(30) COMMENT 'First name of the farmer',
  `middle_name` varchar(30) COMMENT 'Middle name of the farmer',
  `last_name` varchar(30) COMMENT 'Last name of the farmer',
  `national_id` varchar(30) COMMENT 'The identification card number of the farmer',
  `gender` int COMMENT 'The gender of the farmer',
  `date_of_birth` date COMMENT 'Date of birth of the farmer',
  `marital_status` int COMMENT 'The marital status of the person',
  `telephone_number` varchar(30) COMMENT 'The telephone number of the farmer',
  `address` varchar(100) COMMENT 'Address of the farmer',
  `residence_area` int COMMENT 'The residence area of the farmer',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ru_farmer_gender_69f08562` FOREIGN KEY (`gender`) REFERENCES `ru_check_gender` (`id`),
  CONSTRAINT `fk_ru_farmer_marital_status_e2d54d1d` FOREIGN KEY (`marital_status`) REFERENCES `ru_check_marital_status` (`id`),
  CONSTRAINT `fk_ru_farmer_residence_area_06348214` FOREIGN KEY (`residence_area`) REFERENCES `admin_spatial_unit_set` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Refers to a person';

CREATE TABLE `ru_garden` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(4000) COMMENT 'The garden''s unique identifier',
  `location` int COMMENT 'The administrative unit in which the garden is located',
  `spatial_geometry` geometry COMMENT 'The digital geographic bounder of the garden',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ru_garden_location_17fbdcae` FOREIGN KEY (`location`) REFERENCES `admin_spatial_unit_set` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Refers to the farm land or the spatial unit';

CREATE TABLE `ru_enumerator` (
  `id` int NOT NULL AUTO_INCREMENT,
  `first_name` varchar(30) COMMENT 'First name of the enumerator',
  `middle_name` varchar(30) COMMENT 'Middle name of the enumerator',
  `last_name` varchar(30) COMMENT 'Last name of the enumerator',
  `national_id` varchar(30) COMMENT 'The identification card number of the enumerator',
  `gender` int COMMENT 'The gender of the enumerator',
  `date_of_birth` date COMMENT 'Date of birth of the enumerator',
  `telephone_number` varchar(30) COMMENT 'The telephone number of the enumerator',
  `address` varchar(100) COMMENT 'Address of the enumerator',
  `residence_area` int COMMENT 'The residence area of the enumerator',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ru_enumerator_gender_3829c794` FOREIGN KEY (`gender`) REFERENCES `ru_check_gender` (`id`),
  CONSTRAINT `fk_ru_enumerator_residence_area_2403de9d` FOREIGN KEY (`residence_area`) REFERENCES `admin_spatial_unit_set` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Refers to the person collecting data for the survey';

CREATE TABLE `ru_respondent` (
  `id` int NOT NULL AUTO_INCREMENT,
  `first_name` varchar(30) COMMENT 'First name of the respondent',
  `middle_name` varchar(30) COMMENT 'Middle name of the respondent',
  `last_name` varchar(30) COMMENT 'Last name of the respondent',
  `national_id` varchar(30) COMMENT 'The identification card number of the respondent',
  `gender` int COMMENT 'The gender of the respondent',
  `date_of_birth` date COMMENT 'Date of birth of the respondent',
  `marital_status` int COMMENT 'The marital status of the person',
  `telephone_number` varchar(30) COMMENT 'The telephone number of the respondent',
  `address` varchar(100) COMMENT 'Address of the respondent',
  `residence_area` int COMMENT 'The residence area of the respondent',
  `role` int COMMENT 'Respondent''s role',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ru_respondent_gender_02e81525` FOREIGN KEY (`gender`) REFERENCES `ru_check_gender` (`id`),
  CONSTRAINT `fk_ru_respondent_marital_status_9645c258` FOREIGN KEY (`marital_status`) REFERENCES `ru_check_marital_status` (`id`),
  CONSTRAINT `fk_ru_respondent_residence_area_18cae37b` FOREIGN KEY (`residence_area`) REFERENCES `admin_spatial_unit_set` (`id`),
  CONSTRAINT `fk_ru_respondent_role_04d49b85` FOREIGN KEY (`role`) REFERENCES `ru_check_respondent_role` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Refers to the subject of the survey';

CREATE TABLE `ru_witness` (
  `id` int NOT NULL AUTO_INCREMENT,
  `first_name` varchar(30) COMMENT 'First name of the witness',
  `middle_name` varchar(30) COMMENT 'Middle name of the witness',
  `last_name` varchar(30) COMMENT 'Last name of the witness',
  `national_id` varchar(30) COMMENT 'The identification card number of the witness',
  `gender` int COMMENT 'The gender of the witness',
  `date_of_birth` date COMMENT 'Date of birth of the witness',
  `telephone_number` varchar(30) COMMENT 'The telephone number of the witness',
  `address` varchar(100) COMMENT 'Address of the witness',
  `residence_area` int COMMENT 'The residence area of the witness',
  `relationship` int COMMENT 'The relationship of the witness to the respondent',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ru_witness_gender_103c5903` FOREIGN KEY (`gender`) REFERENCES `ru_check_gender` (`id`),
  CONSTRAINT `fk_ru_witness_residence_area_acdd8fd2` FOREIGN KEY (`residence_area`) REFERENCES `admin_spatial_unit_set` (`id`),
  CONSTRAINT `fk_ru_witness_relationship_5b1ee380` FOREIGN KEY (`relationship`) REFERENCES `ru_check_witness_relationship` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='The witness of the respondent';

CREATE TABLE `ru_survey` (
  `id` int NOT NULL AUTO_INCREMENT,
  `enumeration_date` date COMMENT 'The date of data collection',
  `enumerator` int COMMENT 'The person collecting the survey data',
  `respondent` int COMMENT 'The person who is the subject of the survey',
  `witness` int COMMENT 'The witness of the respondent',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ru_survey_enumerator_0bc2c070` FOREIGN KEY (`enumerator`) REFERENCES `ru_enumerator` (`id`),
  CONSTRAINT `fk_ru_survey_respondent_adf4641a` FOREIGN KEY (`respondent`) REFERENCES `ru_respondent` (`id`),
  CONSTRAINT `fk_ru_survey_witness_a663341d` FOREIGN KEY (`witness`) REFERENCES `ru_witness` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Refers to the survey of the project';

CREATE TABLE `ru_socio_economic_impact` (
  `id` int NOT NULL AUTO_INCREMENT,
  `ru_check_socio_economic_impact_id` int,
  `ru_farmer_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ru_socio_economic_impact_ru_check_socio_econo_375ec604` FOREIGN KEY (`ru_check_socio_economic_impact_id`) REFERENCES `ru_check_socio_economic_impact` (`id`),
  CONSTRAINT `fk_ru_socio_economic_impact_ru_farmer_id_da92cc4b` FOREIGN KEY (`ru_farmer_id`) REFERENCES `ru_farmer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ru_input_service` (
  `id` int NOT NULL AUTO_INCREMENT,
  `ru_check_input_service_id` int,
  `ru_farmer_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ru_input_service_ru_check_input_servi_558c8b2c` FOREIGN KEY (`ru_check_input_service_id`) REFERENCES `ru_check_input_service` (`id`),
  CONSTRAINT `fk_ru_input_service_ru_farmer_id_7e4a261a` FOREIGN KEY (`ru_farmer_id`) REFERENCES `ru_farmer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ru_social_tenure_relationship` (
  `id` int NOT NULL AUTO_INCREMENT,
  `tenure_type` int,
  `validity_start` date,
  `validity_end` date,
  `tenure_share` decimal(18,6),
  `farmer_id` int,
  `garden_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ru_social_tenure_relatio_tenure_type_ffe854c4` FOREIGN KEY (`tenure_type`) REFERENCES `ru_check_tenure_type` (`id`),
  CONSTRAINT `fk_ru_social_tenure_relatio_farmer_id_50d5fa77` FOREIGN KEY (`farmer_id`) REFERENCES `ru_farmer` (`id`),
  CONSTRAINT `fk_ru_social_tenure_relatio_garden_id_f66e4b5d` FOREIGN KEY (`garden_id`) REFERENCES `ru_garden` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ru_check_tenure_type_str_attrs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `social_tenure_relationship_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ru_check_tenure_type_str_social_tenure_relati_1dd61b5c` FOREIGN KEY (`social_tenure_relationship_id`) REFERENCES `ru_social_tenure_relationship` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ru_farmer_supporting_document` (
  `id` int NOT NULL AUTO_INCREMENT,
  `supporting_doc_id` int,
  `farmer_id` int,
  `document_type` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ru_farmer_supporting_doc_document_type_803657f1` FOREIGN KEY (`document_type`) REFERENCES `ru_check_farmer_document_type` (`id`),
  CONSTRAINT `fk_ru_farmer_supporting_doc_farmer_id_4b5dc5ec` FOREIGN KEY (`farmer_id`) REFERENCES `ru_farmer` (`id`),
  CONSTRAINT `fk_ru_farmer_supporting_doc_supporting_doc_id_e13dd6bf` FOREIGN KEY (`supporting_doc_id`) REFERENCES `ru_supporting_document` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ru_garden_supporting_document` (
  `id` int NOT NULL AUTO_INCREMENT,
  `supporting_doc_id` int,
  `garden_id` int,
  `document_type` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ru_garden_supporting_doc_document_type_37f83baf` FOREIGN KEY (`document_type`) REFERENCES `ru_check_garden_document_type` (`id`),
  CONSTRAINT `fk_ru_garden_supporting_doc_garden_id_71fbb722` FOREIGN KEY (`garden_id`) REFERENCES `ru_garden` (`id`),
  CONSTRAINT `fk_ru_garden_supporting_doc_supporting_doc_id_928f293b` FOREIGN KEY (`supporting_doc_id`) REFERENCES `ru_supporting_document` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ru_respondent_supporting_document` (
  `id` int NOT NULL AUTO_INCREMENT,
  `supporting_doc_id` int,
  `respondent_id` int,
  `document_type` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ru_respondent_supporting_document_type_294f3dd8` FOREIGN KEY (`document_type`) REFERENCES `ru_check_respondent_document_type` (`id`),
  CONSTRAINT `fk_ru_respondent_supporting_respondent_id_df1643bc` FOREIGN KEY (`respondent_id`) REFERENCES `ru_respondent` (`id`),
  CONSTRAINT `fk_ru_respondent_supporting_supporting_doc_id_92f8b315` FOREIGN KEY (`supporting_doc_id`) REFERENCES `ru_supporting_document` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ru_witness_supporting_document` (
  `id` int NOT NULL AUTO_INCREMENT,
  `supporting_doc_id` int,
  `witness_id` int,
  `document_type` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ru_witness_supporting_do_document_type_4e877322` FOREIGN KEY (`document_type`) REFERENCES `ru_check_witness_document_type` (`id`),
  CONSTRAINT `fk_ru_witness_supporting_do_witness_id_0ff89383` FOREIGN KEY (`witness_id`) REFERENCES `ru_witness` (`id`),
  CONSTRAINT `fk_ru_witness_supporting_do_supporting_doc_id_18d6c183` FOREIGN KEY (`supporting_doc_id`) REFERENCES `ru_supporting_document` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ru_social_tenure_relationship_supporting_document` (
  `id` int NOT NULL AUTO_INCREMENT,
  `supporting_doc_id` int,
  `social_tenure_relationship_id` int,
  `document_type` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ru_social_tenure_relatio_document_type_844ba0fb` FOREIGN KEY (`document_type`) REFERENCES `ru_check_social_tenure_relationship_document_type` (`id`),
  CONSTRAINT `fk_ru_social_tenure_relatio_social_tenure_relati_de7b4298` FOREIGN KEY (`social_tenure_relationship_id`) REFERENCES `ru_social_tenure_relationship` (`id`),
  CONSTRAINT `fk_ru_social_tenure_relatio_supporting_doc_id_2bcde3b6` FOREIGN KEY (`supporting_doc_id`) REFERENCES `ru_supporting_document` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Camptocamp.org v6 API (c2corg/v6_api) at commit 4d985854a402ff173721c343808209d47137d8ab (AGPL-3.0): 40 of the 59
-- PostgreSQL tables its SQLAlchemy models (c2corg_api/models/*.py) create in the schemas guidebook, users and sympa,
-- written as MySQL DDL (schema prefixes dropped; PostgreSQL enums as ENUM, arrays of enums as SET, other arrays as text,
-- PostGIS geometry as geometry, unbounded varchar as text or varchar(255) in keys; SERIAL as AUTO_INCREMENT).

-- guidebook.documents
CREATE TABLE `documents` (
  `version` int NOT NULL DEFAULT '1',
  `protected` tinyint(1) NOT NULL DEFAULT '0',
  `quality` enum('empty','draft','medium','fine','great') NOT NULL DEFAULT 'draft',
  `type` varchar(1),
  `document_id` int NOT NULL AUTO_INCREMENT,
  `redirects_to` int,
  PRIMARY KEY (`document_id`),
  FOREIGN KEY (`redirects_to`) REFERENCES `documents` (`document_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- guidebook.es_deleted_documents
CREATE TABLE `es_deleted_documents` (
  `document_id` int NOT NULL AUTO_INCREMENT,
  `type` varchar(1),
  `deleted_at` datetime NOT NULL,
  PRIMARY KEY (`document_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- guidebook.es_sync_status
CREATE TABLE `es_sync_status` (
  `last_update` datetime,
  `id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `one_row_constraint` CHECK (id = 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- guidebook.langs
CREATE TABLE `langs` (
  `lang` varchar(2) NOT NULL,
  PRIMARY KEY (`lang`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- guidebook.stopareas
CREATE TABLE `stopareas` (
  `navitia_id` text NOT NULL,
  `stoparea_name` text NOT NULL,
  `line` text NOT NULL,
  `operator` text NOT NULL,
  `geom` geometry,
  `stoparea_id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`stoparea_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- users.sso_key
CREATE TABLE `sso_key` (
  `domain` varchar(255) NOT NULL,
  `key` varchar(255) NOT NULL,
  PRIMARY KEY (`domain`),
  UNIQUE KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- guidebook.areas
CREATE TABLE `areas` (
  `area_type` enum('range','admin_limits','country'),
  `document_id` int NOT NULL,
  PRIMARY KEY (`document_id`),
  FOREIGN KEY (`document_id`) REFERENCES `documents` (`document_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- guidebook.associations
CREATE TABLE `associations` (
  `parent_document_id` int NOT NULL,
  `parent_document_type` varchar(1) NOT NULL,
  `child_document_id` int NOT NULL,
  `child_document_type` varchar(1) NOT NULL,
  PRIMARY KEY (`parent_document_id`, `child_document_id`),
  FOREIGN KEY (`child_document_id`) REFERENCES `documents` (`document_id`),
  FOREIGN KEY (`parent_document_id`) REFERENCES `documents` (`document_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- guidebook.cache_versions
CREATE TABLE `cache_versions` (
  `document_id` int NOT NULL,
  `version` int NOT NULL DEFAULT '1',
  `last_updated` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`document_id`),
  FOREIGN KEY (`document_id`) REFERENCES `documents` (`document_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- guidebook.documents_archives
CREATE TABLE `documents_archives` (
  `version` int NOT NULL DEFAULT '1',
  `protected` tinyint(1) NOT NULL DEFAULT '0',
  `quality` enum('empty','draft','medium','fine','great') NOT NULL DEFAULT 'draft',
  `type` varchar(1),
  `id` int NOT NULL AUTO_INCREMENT,
  `redirects_to` int,
  `document_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_documents_archives_document_id_version` (`version`, `document_id`),
  FOREIGN KEY (`document_id`) REFERENCES `documents` (`document_id`),
  FOREIGN KEY (`redirects_to`) REFERENCES `documents` (`document_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- guidebook.documents_geometries
CREATE TABLE `documents_geometries` (
  `version` int NOT NULL,
  `document_id` int NOT NULL,
  `geom` geometry,
  `geom_detail` geometry,
  PRIMARY KEY (`document_id`),
  FOREIGN KEY (`document_id`) REFERENCES `documents` (`document_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- guidebook.documents_geometries_archives
CREATE TABLE `documents_geometries_archives` (
  `version` int NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `document_id` int NOT NULL,
  `geom` geometry,
  `geom_detail` geometry,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_documents_geometries_archives_document_id_version_lang` (`version`, `document_id`),
  FOREIGN KEY (`document_id`) REFERENCES `documents` (`document_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- guidebook.documents_locales
CREATE TABLE `documents_locales` (
  `id` int NOT NULL AUTO_INCREMENT,
  `version` int NOT NULL DEFAULT '1',
  `title` varchar(150) NOT NULL,
  `summary` text,
  `description` text,
  `type` varchar(1),
  `document_id` int NOT NULL,
  `lang` varchar(2) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`document_id`) REFERENCES `documents` (`document_id`),
  FOREIGN KEY (`lang`) REFERENCES `langs` (`lang`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- guidebook.documents_locales_archives
CREATE TABLE `documents_locales_archives` (
  `id` int NOT NULL AUTO_INCREMENT,
  `version` int NOT NULL DEFAULT '1',
  `title` varchar(150) NOT NULL,
  `summary` text,
  `description` text,
  `type` varchar(1),
  `document_id` int NOT NULL,
  `lang` varchar(2) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_documents_locales_archives_document_id_version_lang` (`version`, `document_id`, `lang`),
  FOREIGN KEY (`document_id`) REFERENCES `documents` (`document_id`),
  FOREIGN KEY (`lang`) REFERENCES `langs` (`lang`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- guidebook.images
CREATE TABLE `images` (
  `activities` set('skitouring','snow_ice_mixed','mountain_climbing','rock_climbing','ice_climbing','hiking','snowshoeing','paragliding','mountain_biking','via_ferrata','slacklining'),
  `categories` set('landscapes','detail','action','track','rise','descent','topo','people','fauna','flora','nivology','geology','hut','equipment','book','help','misc'),
  `image_type` enum('collaborative','personal','copyright'),
  `author` varchar(100),
  `elevation` smallint,
  `height` smallint,
  `width` smallint,
  `file_size` int,
  `date_time` datetime,
  `camera_name` varchar(100),
  `exposure_time` double,
  `focal_length` double,
  `fnumber` double,
  `iso_speed` smallint,
  `document_id` int NOT NULL,
  `filename` varchar(30) NOT NULL,
  PRIMARY KEY (`document_id`),
  UNIQUE KEY (`filename`),
  FOREIGN KEY (`document_id`) REFERENCES `documents` (`document_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- guidebook.outings
CREATE TABLE `outings` (
  `activities` set('skitouring','snow_ice_mixed','mountain_climbing','rock_climbing','ice_climbing','hiking','snowshoeing','paragliding','mountain_biking','via_ferrata','slacklining') NOT NULL,
  `date_start` date NOT NULL,
  `date_end` date NOT NULL,
  `frequentation` enum('quiet','some','crowded','overcrowded'),
  `participant_count` smallint,
  `elevation_min` smallint,
  `elevation_max` smallint,
  `elevation_access` smallint,
  `elevation_up_snow` smallint,
  `elevation_down_snow` smallint,
  `height_diff_up` smallint,
  `height_diff_down` smallint,
  `length_total` int,
  `partial_trip` tinyint(1),
  `public_transport` tinyint(1),
  `access_condition` enum('cleared','snowy','closed_snow','closed_cleared'),
  `lift_status` enum('open','closed'),
  `condition_rating` enum('excellent','good','average','poor','awful'),
  `snow_quantity` enum('excellent','good','average','poor','awful'),
  `snow_quality` enum('excellent','good','average','poor','awful'),
  `glacier_rating` enum('easy','possible','difficult','impossible'),
  `avalanche_signs` set('no','danger_sign','recent_avalanche','natural_avalanche','accidental_avalanche'),
  `hut_status` enum('open_guarded','open_non_guarded','closed_hut'),
  `disable_comments` tinyint(1),
  `hiking_rating` enum('T1','T2','T3','T4','T5'),
  `ski_rating` enum('1.1','1.2','1.3','2.1','2.2','2.3','3.1','3.2','3.3','4.1','4.2','4.3','5.1','5.2','5.3','5.4','5.5','5.6'),
  `labande_global_rating` enum('F','F+','PD-','PD','PD+','AD-','AD','AD+','D-','D','D+','TD-','TD','TD+','ED-','ED','ED+','ED4','ED5','ED6','ED7'),
  `snowshoe_rating` enum('R1','R2','R3','R4','R5'),
  `global_rating` enum('F','F+','PD-','PD','PD+','AD-','AD','AD+','D-','D','D+','TD-','TD','TD+','ED-','ED','ED+','ED4','ED5','ED6','ED7'),
  `height_diff_difficulties` smallint,
  `engagement_rating` enum('I','II','III','IV','V','VI'),
  `equipment_rating` enum('P1','P1+','P2','P2+','P3','P3+','P4','P4+'),
  `rock_free_rating` enum('2','3a','3b','3c','4a','4b','4c','5a','5a+','5b','5b+','5c','5c+','6a','6a+','6b','6b+','6c','6c+','7a','7a+','7b','7b+','7c','7c+','8a','8a+','8b','8b+','8c','8c+','9a','9a+','9b','9b+','9c','9c+'),
  `ice_rating` enum('1','2','3','3+','4','4+','5','5+','6','6+','7','7+'),
  `via_ferrata_rating` enum('K1','K2','K3','K4','K5','K6'),
  `mtb_up_rating` enum('M1','M2','M3','M4','M5'),
  `mtb_down_rating` enum('V1','V2','V3','V4','V5'),
  `document_id` int NOT NULL,
  PRIMARY KEY (`document_id`),
  FOREIGN KEY (`document_id`) REFERENCES `documents` (`document_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- guidebook.routes
CREATE TABLE `routes` (
  `activities` set('skitouring','snow_ice_mixed','mountain_climbing','rock_climbing','ice_climbing','hiking','snowshoeing','paragliding','mountain_biking','via_ferrata','slacklining') NOT NULL,
  `elevation_min` smallint,
  `elevation_max` smallint,
  `height_diff_up` smallint,
  `height_diff_down` smallint,
  `route_length` int,
  `difficulties_height` smallint,
  `height_diff_access` smallint,
  `height_diff_difficulties` smallint,
  `route_types` set('return_same_way','loop','loop_hut','traverse','raid','expedition'),
  `orientations` set('N','NE','E','SE','S','SW','W','NW'),
  `durations` set('1','2','3','4','5','6','7','8','9','10','10+'),
  `calculated_duration` double,
  `glacier_gear` enum('no','glacier_safety_gear','crampons_spring','crampons_req','glacier_crampons') NOT NULL DEFAULT 'no',
  `configuration` set('edge','pillar','face','corridor','goulotte','glacier'),
  `lift_access` tinyint(1),
  `ski_rating` enum('1.1','1.2','1.3','2.1','2.2','2.3','3.1','3.2','3.3','4.1','4.2','4.3','5.1','5.2','5.3','5.4','5.5','5.6'),
  `ski_exposition` enum('E1','E2','E3','E4'),
  `labande_ski_rating` enum('S1','S2','S3','S4','S5','S6','S7'),
  `labande_global_rating` enum('F','F+','PD-','PD','PD+','AD-','AD','AD+','D-','D','D+','TD-','TD','TD+','ED-','ED','ED+','ED4','ED5','ED6','ED7'),
  `global_rating` enum('F','F+','PD-','PD','PD+','AD-','AD','AD+','D-','D','D+','TD-','TD','TD+','ED-','ED','ED+','ED4','ED5','ED6','ED7'),
  `engagement_rating` enum('I','II','III','IV','V','VI'),
  `risk_rating` enum('X1','X2','X3','X4','X5'),
  `equipment_rating` enum('P1','P1+','P2','P2+','P3','P3+','P4','P4+'),
  `ice_rating` enum('1','2','3','3+','4','4+','5','5+','6','6+','7','7+'),
  `mixed_rating` enum('M1','M2','M3','M3+','M4','M4+','M5','M5+','M6','M6+','M7','M7+','M8','M8+','M9','M9+','M10','M10+','M11','M11+','M12','M12+'),
  `exposition_rock_rating` enum('E1','E2','E3','E4','E5','E6'),
  `rock_free_rating` enum('2','3a','3b','3c','4a','4b','4c','5a','5a+','5b','5b+','5c','5c+','6a','6a+','6b','6b+','6c','6c+','7a','7a+','7b','7b+','7c','7c+','8a','8a+','8b','8b+','8c','8c+','9a','9a+','9b','9b+','9c','9c+'),
  `rock_required_rating` enum('2','3a','3b','3c','4a','4b','4c','5a','5a+','5b','5b+','5c','5c+','6a','6a+','6b','6b+','6c','6c+','7a','7a+','7b','7b+','7c','7c+','8a','8a+','8b','8b+','8c','8c+','9a','9a+','9b','9b+','9c','9c+'),
  `aid_rating` enum('A0','A0+','A1','A1+','A2','A2+','A3','A3+','A4','A4+','A5','A5+'),
  `via_ferrata_rating` enum('K1','K2','K3','K4','K5','K6'),
  `hiking_rating` enum('T1','T2','T3','T4','T5'),
  `hiking_mtb_exposition` enum('E1','E2','E3','E4'),
  `snowshoe_rating` enum('R1','R2','R3','R4','R5'),
  `mtb_up_rating` enum('M1','M2','M3','M4','M5'),
  `mtb_down_rating` enum('V1','V2','V3','V4','V5'),
  `mtb_length_asphalt` int,
  `mtb_length_trail` int,
  `mtb_height_diff_portages` int,
  `rock_types` set('basalte','calcaire','conglomerat','craie','gneiss','gres','granit','migmatite','mollasse_calcaire','pouding','quartzite','rhyolite','schiste','trachyte','artificial'),
  `climbing_outdoor_type` enum('single','multi','bloc','psicobloc'),
  `slackline_type` enum('slackline','highline','waterline'),
  `slackline_height` smallint,
  `public_transportation_rating` enum('good service','seasonal service','poor service','nearby service','unknown service','no service'),
  `document_id` int NOT NULL,
  `main_waypoint_id` int,
  PRIMARY KEY (`document_id`),
  FOREIGN KEY (`document_id`) REFERENCES `documents` (`document_id`),
  FOREIGN KEY (`main_waypoint_id`) REFERENCES `documents` (`document_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- guidebook.user_profiles
CREATE TABLE `user_profiles` (
  `activities` set('skitouring','snow_ice_mixed','mountain_climbing','rock_climbing','ice_climbing','hiking','snowshoeing','paragliding','mountain_biking','via_ferrata','slacklining'),
  `categories` set('amateur','mountain_guide','mountain_leader','ski_instructor','climbing_instructor','mountainbike_instructor','paragliding_instructor','hut_warden','ski_patroller','avalanche_forecaster','club','institution'),
  `document_id` int NOT NULL,
  PRIMARY KEY (`document_id`),
  FOREIGN KEY (`document_id`) REFERENCES `documents` (`document_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- guidebook.xreports
CREATE TABLE `xreports` (
  `elevation` smallint,
  `date` date,
  `event_type` enum('avalanche','stone_ice_fall','ice_cornice_collapse','person_fall','crevasse_fall','physical_failure','injury_without_fall','blocked_person','weather_event','safety_operation','critical_situation','other'),
  `event_activity` enum('sport_climbing','multipitch_climbing','alpine_climbing','snow_ice_mixed','ice_climbing','skitouring','other') NOT NULL,
  `nb_participants` smallint,
  `nb_impacted` smallint,
  `rescue` tinyint(1),
  `avalanche_level` enum('level_1','level_2','level_3','level_4','level_5','level_na'),
  `avalanche_slope` enum('slope_lt_30','slope_30_35','slope_35_40','slope_40_45','slope_gt_45'),
  `severity` enum('severity_no','1d_to_3d','4d_to_1m','1m_to_3m','more_than_3m'),
  `author_status` enum('primary_impacted','secondary_impacted','internal_witness','external_witness'),
  `activity_rate` enum('activity_rate_y5','activity_rate_m2','activity_rate_w1'),
  `age` smallint,
  `gender` enum('male','female'),
  `previous_injuries` enum('no','previous_injuries_2','previous_injuries_3'),
  `autonomy` enum('non_autonomous','autonomous','expert'),
  `supervision` enum('no_supervision','federal_supervision','professional_supervision'),
  `qualification` enum('federal_supervisor','federal_trainer','professional_diploma'),
  `disable_comments` tinyint(1),
  `anonymous` tinyint(1),
  `document_id` int NOT NULL,
  PRIMARY KEY (`document_id`),
  FOREIGN KEY (`document_id`) REFERENCES `documents` (`document_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- guidebook.area_associations
CREATE TABLE `area_associations` (
  `document_id` int NOT NULL,
  `area_id` int NOT NULL,
  PRIMARY KEY (`document_id`, `area_id`),
  FOREIGN KEY (`area_id`) REFERENCES `areas` (`document_id`),
  FOREIGN KEY (`document_id`) REFERENCES `documents` (`document_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- guidebook.documents_topics
CREATE TABLE `documents_topics` (
  `document_locale_id` int NOT NULL,
  `topic_id` int NOT NULL,
  PRIMARY KEY (`document_locale_id`),
  UNIQUE KEY (`topic_id`),
  FOREIGN KEY (`document_locale_id`) REFERENCES `documents_locales` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- guidebook.outings_archives
CREATE TABLE `outings_archives` (
  `activities` set('skitouring','snow_ice_mixed','mountain_climbing','rock_climbing','ice_climbing','hiking','snowshoeing','paragliding','mountain_biking','via_ferrata','slacklining') NOT NULL,
  `date_start` date NOT NULL,
  `date_end` date NOT NULL,
  `frequentation` enum('quiet','some','crowded','overcrowded'),
  `participant_count` smallint,
  `elevation_min` smallint,
  `elevation_max` smallint,
  `elevation_access` smallint,
  `elevation_up_snow` smallint,
  `elevation_down_snow` smallint,
  `height_diff_up` smallint,
  `height_diff_down` smallint,
  `length_total` int,
  `partial_trip` tinyint(1),
  `public_transport` tinyint(1),
  `access_condition` enum('cleared','snowy','closed_snow','closed_cleared'),
  `lift_status` enum('open','closed'),
  `condition_rating` enum('excellent','good','average','poor','awful'),
  `snow_quantity` enum('excellent','good','average','poor','awful'),
  `snow_quality` enum('excellent','good','average','poor','awful'),
  `glacier_rating` enum('easy','possible','difficult','impossible'),
  `avalanche_signs` set('no','danger_sign','recent_avalanche','natural_avalanche','accidental_avalanche'),
  `hut_status` enum('open_guarded','open_non_guarded','closed_hut'),
  `disable_comments` tinyint(1),
  `hiking_rating` enum('T1','T2','T3','T4','T5'),
  `ski_rating` enum('1.1','1.2','1.3','2.1','2.2','2.3','3.1','3.2','3.3','4.1','4.2','4.3','5.1','5.2','5.3','5.4','5.5','5.6'),
  `labande_global_rating` enum('F','F+','PD-','PD','PD+','AD-','AD','AD+','D-','D','D+','TD-','TD','TD+','ED-','ED','ED+','ED4','ED5','ED6','ED7'),
  `snowshoe_rating` enum('R1','R2','R3','R4','R5'),
  `global_rating` enum('F','F+','PD-','PD','PD+','AD-','AD','AD+','D-','D','D+','TD-','TD','TD+','ED-','ED','ED+','ED4','ED5','ED6','ED7'),
  `height_diff_difficulties` smallint,
  `engagement_rating` enum('I','II','III','IV','V','VI'),
  `equipment_rating` enum('P1','P1+','P2','P2+','P3','P3+','P4','P4+'),
  `rock_free_rating` enum('2','3a','3b','3c','4a','4b','4c','5a','5a+','5b','5b+','5c','5c+','6a','6a+','6b','6b+','6c','6c+','7a','7a+','7b','7b+','7c','7c+','8a','8a+','8b','8b+','8c','8c+','9a','9a+','9b','9b+','9c','9c+'),
  `ice_rating` enum('1','2','3','3+','4','4+','5','5+','6','6+','7','7+'),
  `via_ferrata_rating` enum('K1','K2','K3','K4','K5','K6'),
  `mtb_up_rating` enum('M1','M2','M3','M4','M5'),
  `mtb_down_rating` enum('V1','V2','V3','V4','V5'),
  `id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id`) REFERENCES `documents_archives` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- guidebook.outings_locales
CREATE TABLE `outings_locales` (
  `participants` text,
  `access_comment` text,
  `weather` text,
  `timing` text,
  `conditions_levels` text,
  `conditions` text,
  `avalanches` text,
  `hut_comment` text,
  `route_description` text,
  `id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id`) REFERENCES `documents_locales` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- guidebook.outings_locales_archives
CREATE TABLE `outings_locales_archives` (
  `participants` text,
  `access_comment` text,
  `weather` text,
  `timing` text,
  `conditions_levels` text,
  `conditions` text,
  `avalanches` text,
  `hut_comment` text,
  `route_description` text,
  `id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id`) REFERENCES `documents_locales_archives` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- guidebook.user_profiles_archives
CREATE TABLE `user_profiles_archives` (
  `activities` set('skitouring','snow_ice_mixed','mountain_climbing','rock_climbing','ice_climbing','hiking','snowshoeing','paragliding','mountain_biking','via_ferrata','slacklining'),
  `categories` set('amateur','mountain_guide','mountain_leader','ski_instructor','climbing_instructor','mountainbike_instructor','paragliding_instructor','hut_warden','ski_patroller','avalanche_forecaster','club','institution'),
  `id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id`) REFERENCES `documents_archives` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- guidebook.xreports_archives
CREATE TABLE `xreports_archives` (
  `elevation` smallint,
  `date` date,
  `event_type` enum('avalanche','stone_ice_fall','ice_cornice_collapse','person_fall','crevasse_fall','physical_failure','injury_without_fall','blocked_person','weather_event','safety_operation','critical_situation','other'),
  `event_activity` enum('sport_climbing','multipitch_climbing','alpine_climbing','snow_ice_mixed','ice_climbing','skitouring','other') NOT NULL,
  `nb_participants` smallint,
  `nb_impacted` smallint,
  `rescue` tinyint(1),
  `avalanche_level` enum('level_1','level_2','level_3','level_4','level_5','level_na'),
  `avalanche_slope` enum('slope_lt_30','slope_30_35','slope_35_40','slope_40_45','slope_gt_45'),
  `severity` enum('severity_no','1d_to_3d','4d_to_1m','1m_to_3m','more_than_3m'),
  `author_status` enum('primary_impacted','secondary_impacted','internal_witness','external_witness'),
  `activity_rate` enum('activity_rate_y5','activity_rate_m2','activity_rate_w1'),
  `age` smallint,
  `gender` enum('male','female'),
  `previous_injuries` enum('no','previous_injuries_2','previous_injuries_3'),
  `autonomy` enum('non_autonomous','autonomous','expert'),
  `supervision` enum('no_supervision','federal_supervision','professional_supervision'),
  `qualification` enum('federal_supervisor','federal_trainer','professional_diploma'),
  `disable_comments` tinyint(1),
  `anonymous` tinyint(1),
  `id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id`) REFERENCES `documents_archives` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- guidebook.xreports_locales
CREATE TABLE `xreports_locales` (
  `place` text,
  `route_study` text,
  `conditions` text,
  `training` text,
  `motivations` text,
  `group_management` text,
  `risk` text,
  `time_management` text,
  `safety` text,
  `reduce_impact` text,
  `increase_impact` text,
  `modifications` text,
  `other_comments` text,
  `id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id`) REFERENCES `documents_locales` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- guidebook.xreports_locales_archives
CREATE TABLE `xreports_locales_archives` (
  `place` text,
  `route_study` text,
  `conditions` text,
  `training` text,
  `motivations` text,
  `group_management` text,
  `risk` text,
  `time_management` text,
  `safety` text,
  `reduce_impact` text,
  `increase_impact` text,
  `modifications` text,
  `other_comments` text,
  `id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id`) REFERENCES `documents_locales_archives` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- users.user
CREATE TABLE `user` (
  `id` int NOT NULL,
  `username` varchar(200) NOT NULL,
  `name` varchar(200) NOT NULL,
  `forum_username` varchar(25) NOT NULL,
  `email` varchar(200) NOT NULL,
  `email_validated` tinyint(1) NOT NULL,
  `email_to_validate` varchar(200),
  `moderator` tinyint(1) NOT NULL,
  `validation_nonce` varchar(200),
  `validation_nonce_expire` datetime,
  `password` varchar(255) NOT NULL,
  `last_modified` datetime NOT NULL,
  `blocked` tinyint(1) NOT NULL,
  `tos_validated` datetime,
  `lang` varchar(2) NOT NULL,
  `is_profile_public` tinyint(1) NOT NULL DEFAULT '0',
  `feed_filter_activities` set('skitouring','snow_ice_mixed','mountain_climbing','rock_climbing','ice_climbing','hiking','snowshoeing','paragliding','mountain_biking','via_ferrata','slacklining') NOT NULL DEFAULT '',
  `feed_filter_langs` set('fr','it','de','en','es','ca','eu','sl','zh') NOT NULL DEFAULT '',
  `feed_followed_only` tinyint(1) NOT NULL DEFAULT '0',
  `ratelimit_remaining` int,
  `ratelimit_reset` datetime,
  `ratelimit_last_blocked_window` datetime,
  `ratelimit_times` int NOT NULL,
  `robot` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`validation_nonce`),
  UNIQUE KEY (`email`),
  UNIQUE KEY (`forum_username`),
  UNIQUE KEY (`username`),
  FOREIGN KEY (`id`) REFERENCES `user_profiles` (`document_id`),
  FOREIGN KEY (`lang`) REFERENCES `langs` (`lang`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- guidebook.association_log
CREATE TABLE `association_log` (
  `id` int NOT NULL AUTO_INCREMENT,
  `parent_document_id` int NOT NULL,
  `parent_document_type` varchar(1) NOT NULL,
  `child_document_id` int NOT NULL,
  `child_document_type` varchar(1) NOT NULL,
  `user_id` int NOT NULL,
  `is_creation` tinyint(1) NOT NULL,
  `written_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`child_document_id`) REFERENCES `documents` (`document_id`),
  FOREIGN KEY (`parent_document_id`) REFERENCES `documents` (`document_id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- guidebook.documents_tags
CREATE TABLE `documents_tags` (
  `user_id` int NOT NULL,
  `document_id` int NOT NULL,
  `document_type` varchar(1) NOT NULL,
  PRIMARY KEY (`user_id`, `document_id`),
  FOREIGN KEY (`document_id`) REFERENCES `documents` (`document_id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- guidebook.documents_tags_log
CREATE TABLE `documents_tags_log` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `document_id` int NOT NULL,
  `document_type` varchar(1) NOT NULL,
  `is_creation` tinyint(1) NOT NULL,
  `written_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`document_id`) REFERENCES `documents` (`document_id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- guidebook.feed_document_changes
CREATE TABLE `feed_document_changes` (
  `change_id` int NOT NULL AUTO_INCREMENT,
  `time` datetime NOT NULL,
  `user_id` int NOT NULL,
  `change_type` enum('created','updated','added_photos') NOT NULL,
  `document_id` int NOT NULL,
  `document_type` varchar(1) NOT NULL,
  `activities` set('skitouring','snow_ice_mixed','mountain_climbing','rock_climbing','ice_climbing','hiking','snowshoeing','paragliding','mountain_biking','via_ferrata','slacklining') NOT NULL DEFAULT '',
  `langs` set('fr','it','de','en','es','ca','eu','sl','zh') NOT NULL DEFAULT '',
  `area_ids` text NOT NULL,
  `user_ids` text NOT NULL,
  `image1_id` int,
  `image2_id` int,
  `image3_id` int,
  `more_images` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`change_id`),
  FOREIGN KEY (`document_id`) REFERENCES `documents` (`document_id`),
  FOREIGN KEY (`image1_id`) REFERENCES `images` (`document_id`),
  FOREIGN KEY (`image2_id`) REFERENCES `images` (`document_id`),
  FOREIGN KEY (`image3_id`) REFERENCES `images` (`document_id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- guidebook.feed_filter_area
CREATE TABLE `feed_filter_area` (
  `area_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`area_id`, `user_id`),
  FOREIGN KEY (`area_id`) REFERENCES `areas` (`document_id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- guidebook.feed_followed_users
CREATE TABLE `feed_followed_users` (
  `followed_user_id` int NOT NULL,
  `follower_user_id` int NOT NULL,
  PRIMARY KEY (`followed_user_id`, `follower_user_id`),
  FOREIGN KEY (`followed_user_id`) REFERENCES `user` (`id`),
  FOREIGN KEY (`follower_user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `check_feed_followed_user_self_follow` CHECK (followed_user_id <> follower_user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- guidebook.history_metadata
CREATE TABLE `history_metadata` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `comment` varchar(200),
  `written_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- sympa.subscriber_table
CREATE TABLE `subscriber_table` (
  `list_subscriber` varchar(50) NOT NULL,
  `user_subscriber` varchar(200) NOT NULL,
  `user_id` int NOT NULL,
  `date_subscriber` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `update_subscriber` datetime,
  `visibility_subscriber` varchar(20),
  `reception_subscriber` varchar(20),
  `bounce_subscriber` varchar(35),
  `bounce_score_subscriber` int,
  `comment_subscriber` varchar(150),
  `subscribed_subscriber` int,
  `included_subscriber` int,
  `include_sources_subscriber` varchar(50),
  PRIMARY KEY (`list_subscriber`, `user_subscriber`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- users.sso_external_id
CREATE TABLE `sso_external_id` (
  `domain` varchar(255) NOT NULL,
  `external_id` int NOT NULL,
  `user_id` int NOT NULL,
  `token` text,
  `expire` datetime,
  PRIMARY KEY (`domain`, `external_id`),
  FOREIGN KEY (`domain`) REFERENCES `sso_key` (`domain`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- users.token
CREATE TABLE `token` (
  `value` varchar(255) NOT NULL,
  `expire` datetime NOT NULL,
  `userid` int NOT NULL,
  PRIMARY KEY (`value`),
  FOREIGN KEY (`userid`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- guidebook.documents_versions
CREATE TABLE `documents_versions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `document_id` int NOT NULL,
  `lang` varchar(2) NOT NULL,
  `document_archive_id` int NOT NULL,
  `document_locales_archive_id` int NOT NULL,
  `document_geometry_archive_id` int,
  `history_metadata_id` int NOT NULL,
  `masked` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`document_archive_id`) REFERENCES `documents_archives` (`id`),
  FOREIGN KEY (`document_geometry_archive_id`) REFERENCES `documents_geometries_archives` (`id`),
  FOREIGN KEY (`document_id`) REFERENCES `documents` (`document_id`),
  FOREIGN KEY (`document_locales_archive_id`) REFERENCES `documents_locales_archives` (`id`),
  FOREIGN KEY (`history_metadata_id`) REFERENCES `history_metadata` (`id`),
  FOREIGN KEY (`lang`) REFERENCES `langs` (`lang`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

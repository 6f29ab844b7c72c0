-- Koillection (benjaminjonard/koillection): self-hosted manager of collections (items, collections, loans,
-- wishlists, photo albums, inventories, history log).
-- Source: github.com/benjaminjonard/koillection migrations/Mysql/Version*.php (44 Doctrine migrations, their
-- MySQL addSql() statements replayed in order in MariaDB 10.11; the data-only statements that take PHP
-- parameters were skipped), commit 0b2334a6962e98e81adf9dbf75e80b2166be0884 (MIT).
-- Read back with mysqldump --no-data; JSON columns written back as json; all 22 tables kept.
-- Circular foreign keys (koi_user <-> koi_display_configuration), hence FOREIGN_KEY_CHECKS=0.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `koi_configuration` (
  `id` char(36) NOT NULL,
  `label` varchar(255) NOT NULL,
  `value` longtext DEFAULT NULL,
  `created_at` datetime NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  `updated_at` datetime DEFAULT NULL COMMENT '(DC2Type:datetime_immutable)',
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_576E96A6EA750E8` (`label`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `koi_album` (
  `id` char(36) NOT NULL,
  `owner_id` char(36) DEFAULT NULL,
  `parent_id` char(36) DEFAULT NULL,
  `title` varchar(255) NOT NULL,
  `color` varchar(6) NOT NULL,
  `image` varchar(255) DEFAULT NULL,
  `seen_counter` int(11) NOT NULL,
  `visibility` varchar(10) NOT NULL,
  `created_at` datetime NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  `updated_at` datetime DEFAULT NULL COMMENT '(DC2Type:datetime_immutable)',
  `parent_visibility` varchar(10) DEFAULT NULL,
  `final_visibility` varchar(10) NOT NULL,
  `children_display_configuration_id` char(36) DEFAULT NULL,
  `photos_display_configuration_id` char(36) DEFAULT NULL,
  `cached_values` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_2DB8938AC53D045F` (`image`),
  UNIQUE KEY `UNIQ_2DB8938A45644244` (`children_display_configuration_id`),
  UNIQUE KEY `UNIQ_2DB8938A5DC99D4D` (`photos_display_configuration_id`),
  KEY `IDX_2DB8938A7E3C61F9` (`owner_id`),
  KEY `IDX_2DB8938A727ACA70` (`parent_id`),
  KEY `idx_album_final_visibility` (`final_visibility`),
  CONSTRAINT `FK_2DB8938A45644244` FOREIGN KEY (`children_display_configuration_id`) REFERENCES `koi_display_configuration` (`id`),
  CONSTRAINT `FK_2DB8938A5DC99D4D` FOREIGN KEY (`photos_display_configuration_id`) REFERENCES `koi_display_configuration` (`id`),
  CONSTRAINT `FK_2DB8938A727ACA70` FOREIGN KEY (`parent_id`) REFERENCES `koi_album` (`id`),
  CONSTRAINT `FK_2DB8938A7E3C61F9` FOREIGN KEY (`owner_id`) REFERENCES `koi_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `koi_choice_list` (
  `id` char(36) NOT NULL,
  `owner_id` char(36) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `choices` json NOT NULL,
  `created_at` datetime NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  `updated_at` datetime DEFAULT NULL COMMENT '(DC2Type:datetime_immutable)',
  PRIMARY KEY (`id`),
  KEY `IDX_2C0938397E3C61F9` (`owner_id`),
  CONSTRAINT `FK_2C0938397E3C61F9` FOREIGN KEY (`owner_id`) REFERENCES `koi_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `koi_collection` (
  `id` char(36) NOT NULL,
  `parent_id` char(36) DEFAULT NULL,
  `owner_id` char(36) DEFAULT NULL,
  `title` varchar(255) NOT NULL,
  `color` varchar(6) NOT NULL,
  `image` varchar(255) DEFAULT NULL,
  `seen_counter` int(11) NOT NULL,
  `visibility` varchar(10) NOT NULL,
  `created_at` datetime NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  `updated_at` datetime DEFAULT NULL COMMENT '(DC2Type:datetime_immutable)',
  `parent_visibility` varchar(10) DEFAULT NULL,
  `final_visibility` varchar(10) NOT NULL,
  `items_default_template_id` char(36) DEFAULT NULL,
  `children_display_configuration_id` char(36) DEFAULT NULL,
  `items_display_configuration_id` char(36) DEFAULT NULL,
  `cached_values` json NOT NULL,
  `scraped_from_url` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_7AA7B057C53D045F` (`image`),
  UNIQUE KEY `UNIQ_7AA7B05745644244` (`children_display_configuration_id`),
  UNIQUE KEY `UNIQ_7AA7B057A4A07C77` (`items_display_configuration_id`),
  KEY `IDX_7AA7B057727ACA70` (`parent_id`),
  KEY `IDX_7AA7B0577E3C61F9` (`owner_id`),
  KEY `idx_collection_final_visibility` (`final_visibility`),
  KEY `IDX_7AA7B057786355C0` (`items_default_template_id`),
  CONSTRAINT `FK_7AA7B05745644244` FOREIGN KEY (`children_display_configuration_id`) REFERENCES `koi_display_configuration` (`id`),
  CONSTRAINT `FK_7AA7B057727ACA70` FOREIGN KEY (`parent_id`) REFERENCES `koi_collection` (`id`),
  CONSTRAINT `FK_7AA7B057786355C0` FOREIGN KEY (`items_default_template_id`) REFERENCES `koi_template` (`id`) ON DELETE SET NULL,
  CONSTRAINT `FK_7AA7B0577E3C61F9` FOREIGN KEY (`owner_id`) REFERENCES `koi_user` (`id`),
  CONSTRAINT `FK_7AA7B057A4A07C77` FOREIGN KEY (`items_display_configuration_id`) REFERENCES `koi_display_configuration` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `koi_datum` (
  `id` char(36) NOT NULL,
  `item_id` char(36) DEFAULT NULL,
  `owner_id` char(36) DEFAULT NULL,
  `type` varchar(15) NOT NULL,
  `label` varchar(255) DEFAULT NULL,
  `value` longtext DEFAULT NULL,
  `position` int(11) DEFAULT NULL,
  `image` varchar(255) DEFAULT NULL,
  `image_small_thumbnail` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  `updated_at` datetime DEFAULT NULL COMMENT '(DC2Type:datetime_immutable)',
  `collection_id` char(36) DEFAULT NULL,
  `file` varchar(255) DEFAULT NULL,
  `original_filename` varchar(255) DEFAULT NULL,
  `image_large_thumbnail` varchar(255) DEFAULT NULL,
  `choice_list_id` char(36) DEFAULT NULL,
  `video` varchar(255) DEFAULT NULL,
  `visibility` varchar(10) NOT NULL,
  `parent_visibility` varchar(10) DEFAULT NULL,
  `final_visibility` varchar(10) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_F991BE5C53D045F` (`image`),
  UNIQUE KEY `UNIQ_F991BE59F979BF1` (`image_small_thumbnail`),
  UNIQUE KEY `UNIQ_F991BE58C9F3610` (`file`),
  UNIQUE KEY `UNIQ_F991BE5A69A0691` (`image_large_thumbnail`),
  UNIQUE KEY `UNIQ_F991BE57CC7DA2C` (`video`),
  KEY `IDX_F991BE5126F525E` (`item_id`),
  KEY `IDX_F991BE57E3C61F9` (`owner_id`),
  KEY `IDX_F991BE5514956FD` (`collection_id`),
  KEY `idx_datum_label` (`label`),
  KEY `IDX_F991BE5448D2C5` (`choice_list_id`),
  KEY `idx_datum_final_visibility` (`final_visibility`),
  CONSTRAINT `FK_F991BE5126F525E` FOREIGN KEY (`item_id`) REFERENCES `koi_item` (`id`),
  CONSTRAINT `FK_F991BE5448D2C5` FOREIGN KEY (`choice_list_id`) REFERENCES `koi_choice_list` (`id`),
  CONSTRAINT `FK_F991BE5514956FD` FOREIGN KEY (`collection_id`) REFERENCES `koi_collection` (`id`),
  CONSTRAINT `FK_F991BE57E3C61F9` FOREIGN KEY (`owner_id`) REFERENCES `koi_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `koi_display_configuration` (
  `id` char(36) NOT NULL,
  `owner_id` char(36) DEFAULT NULL,
  `label` varchar(255) DEFAULT NULL,
  `display_mode` varchar(4) NOT NULL,
  `sorting_property` varchar(255) DEFAULT NULL,
  `sorting_type` varchar(15) DEFAULT NULL,
  `sorting_direction` varchar(255) NOT NULL,
  `show_visibility` tinyint(1) NOT NULL DEFAULT 1,
  `show_actions` tinyint(1) NOT NULL DEFAULT 1,
  `show_number_of_children` tinyint(1) NOT NULL DEFAULT 1,
  `show_number_of_items` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  `updated_at` datetime DEFAULT NULL COMMENT '(DC2Type:datetime_immutable)',
  `columns` json DEFAULT NULL,
  `show_item_quantities` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `IDX_8D988CCC7E3C61F9` (`owner_id`),
  CONSTRAINT `FK_8D988CCC7E3C61F9` FOREIGN KEY (`owner_id`) REFERENCES `koi_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `koi_user` (
  `id` char(36) NOT NULL,
  `username` varchar(32) NOT NULL,
  `email` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `avatar` varchar(255) DEFAULT NULL,
  `enabled` tinyint(1) NOT NULL,
  `roles` json NOT NULL,
  `currency` varchar(3) NOT NULL,
  `locale` varchar(5) NOT NULL,
  `timezone` varchar(50) NOT NULL,
  `date_format` varchar(10) NOT NULL,
  `disk_space_allowed` bigint(20) NOT NULL DEFAULT 536870912,
  `visibility` varchar(10) NOT NULL,
  `last_date_of_activity` date DEFAULT NULL COMMENT '(DC2Type:date_immutable)',
  `created_at` datetime NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  `updated_at` datetime DEFAULT NULL COMMENT '(DC2Type:datetime_immutable)',
  `wishlists_feature_enabled` tinyint(1) NOT NULL DEFAULT 1,
  `tags_feature_enabled` tinyint(1) NOT NULL DEFAULT 1,
  `signs_feature_enabled` tinyint(1) NOT NULL DEFAULT 1,
  `albums_feature_enabled` tinyint(1) NOT NULL DEFAULT 1,
  `loans_feature_enabled` tinyint(1) NOT NULL DEFAULT 1,
  `templates_feature_enabled` tinyint(1) NOT NULL DEFAULT 1,
  `history_feature_enabled` tinyint(1) NOT NULL DEFAULT 1,
  `statistics_feature_enabled` tinyint(1) NOT NULL DEFAULT 1,
  `collections_display_configuration_id` char(36) DEFAULT NULL,
  `wishlists_display_configuration_id` char(36) DEFAULT NULL,
  `albums_display_configuration_id` char(36) DEFAULT NULL,
  `theme` varchar(255) NOT NULL DEFAULT 'browser',
  `search_in_data_by_default_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `scraping_feature_enabled` tinyint(1) NOT NULL DEFAULT 1,
  `display_items_name_in_grid_view` tinyint(1) NOT NULL DEFAULT 0,
  `search_results_display_mode` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_AC325055F85E0677` (`username`),
  UNIQUE KEY `UNIQ_AC325055E7927C74` (`email`),
  UNIQUE KEY `UNIQ_AC3250551677722F` (`avatar`),
  UNIQUE KEY `UNIQ_AC3250557C312570` (`collections_display_configuration_id`),
  UNIQUE KEY `UNIQ_AC325055D85B8037` (`wishlists_display_configuration_id`),
  UNIQUE KEY `UNIQ_AC325055ACBC164` (`albums_display_configuration_id`),
  KEY `idx_user_visibility` (`visibility`),
  CONSTRAINT `FK_AC3250557C312570` FOREIGN KEY (`collections_display_configuration_id`) REFERENCES `koi_display_configuration` (`id`),
  CONSTRAINT `FK_AC325055ACBC164` FOREIGN KEY (`albums_display_configuration_id`) REFERENCES `koi_display_configuration` (`id`),
  CONSTRAINT `FK_AC325055D85B8037` FOREIGN KEY (`wishlists_display_configuration_id`) REFERENCES `koi_display_configuration` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `koi_inventory` (
  `id` char(36) NOT NULL,
  `owner_id` char(36) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `content` json NOT NULL,
  `created_at` datetime NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  `updated_at` datetime DEFAULT NULL COMMENT '(DC2Type:datetime_immutable)',
  PRIMARY KEY (`id`),
  KEY `IDX_882AFBE67E3C61F9` (`owner_id`),
  CONSTRAINT `FK_882AFBE67E3C61F9` FOREIGN KEY (`owner_id`) REFERENCES `koi_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `koi_item` (
  `id` char(36) NOT NULL,
  `collection_id` char(36) DEFAULT NULL,
  `owner_id` char(36) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `quantity` int(11) NOT NULL,
  `image` varchar(255) DEFAULT NULL,
  `image_small_thumbnail` varchar(255) DEFAULT NULL,
  `seen_counter` int(11) NOT NULL,
  `visibility` varchar(10) NOT NULL,
  `created_at` datetime NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  `updated_at` datetime DEFAULT NULL COMMENT '(DC2Type:datetime_immutable)',
  `image_large_thumbnail` varchar(255) DEFAULT NULL,
  `parent_visibility` varchar(10) DEFAULT NULL,
  `final_visibility` varchar(10) NOT NULL,
  `scraped_from_url` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_3EBAA302C53D045F` (`image`),
  UNIQUE KEY `UNIQ_3EBAA3029F979BF1` (`image_small_thumbnail`),
  UNIQUE KEY `UNIQ_3EBAA302A69A0691` (`image_large_thumbnail`),
  KEY `IDX_3EBAA302514956FD` (`collection_id`),
  KEY `IDX_3EBAA3027E3C61F9` (`owner_id`),
  KEY `idx_item_final_visibility` (`final_visibility`),
  CONSTRAINT `FK_3EBAA302514956FD` FOREIGN KEY (`collection_id`) REFERENCES `koi_collection` (`id`),
  CONSTRAINT `FK_3EBAA3027E3C61F9` FOREIGN KEY (`owner_id`) REFERENCES `koi_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `koi_log` (
  `id` char(36) NOT NULL,
  `owner_id` char(36) DEFAULT NULL,
  `type` varchar(6) DEFAULT NULL,
  `logged_at` datetime NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  `object_id` varchar(36) NOT NULL,
  `object_label` varchar(255) NOT NULL,
  `object_class` varchar(255) NOT NULL,
  `object_deleted` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `IDX_9A4DC1F17E3C61F9` (`owner_id`),
  CONSTRAINT `FK_9A4DC1F17E3C61F9` FOREIGN KEY (`owner_id`) REFERENCES `koi_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `koi_photo` (
  `id` char(36) NOT NULL,
  `album_id` char(36) DEFAULT NULL,
  `owner_id` char(36) DEFAULT NULL,
  `title` varchar(255) NOT NULL,
  `comment` longtext DEFAULT NULL,
  `place` varchar(255) DEFAULT NULL,
  `image` varchar(255) DEFAULT NULL,
  `image_small_thumbnail` varchar(255) DEFAULT NULL,
  `taken_at` datetime DEFAULT NULL COMMENT '(DC2Type:datetime_immutable)',
  `visibility` varchar(10) NOT NULL,
  `created_at` datetime NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  `updated_at` datetime DEFAULT NULL COMMENT '(DC2Type:datetime_immutable)',
  `parent_visibility` varchar(10) DEFAULT NULL,
  `final_visibility` varchar(10) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_9779D1C53D045F` (`image`),
  UNIQUE KEY `UNIQ_9779D19F979BF1` (`image_small_thumbnail`),
  KEY `IDX_9779D11137ABCF` (`album_id`),
  KEY `IDX_9779D17E3C61F9` (`owner_id`),
  KEY `idx_photo_final_visibility` (`final_visibility`),
  CONSTRAINT `FK_9779D11137ABCF` FOREIGN KEY (`album_id`) REFERENCES `koi_album` (`id`),
  CONSTRAINT `FK_9779D17E3C61F9` FOREIGN KEY (`owner_id`) REFERENCES `koi_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `koi_scraper` (
  `id` char(36) NOT NULL,
  `owner_id` char(36) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `name_path` longtext DEFAULT NULL,
  `image_path` longtext DEFAULT NULL,
  `created_at` datetime NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  `updated_at` datetime DEFAULT NULL COMMENT '(DC2Type:datetime_immutable)',
  `url_pattern` longtext DEFAULT NULL,
  `type` varchar(15) NOT NULL,
  `price_path` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_E5405AD17E3C61F9` (`owner_id`),
  CONSTRAINT `FK_E5405AD17E3C61F9` FOREIGN KEY (`owner_id`) REFERENCES `koi_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `koi_tag_category` (
  `id` char(36) NOT NULL,
  `owner_id` char(36) DEFAULT NULL,
  `label` varchar(255) NOT NULL,
  `description` longtext DEFAULT NULL,
  `color` varchar(7) NOT NULL,
  `created_at` datetime NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  `updated_at` datetime DEFAULT NULL COMMENT '(DC2Type:datetime_immutable)',
  PRIMARY KEY (`id`),
  KEY `IDX_DE4E5D497E3C61F9` (`owner_id`),
  CONSTRAINT `FK_DE4E5D497E3C61F9` FOREIGN KEY (`owner_id`) REFERENCES `koi_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `koi_template` (
  `id` char(36) NOT NULL,
  `owner_id` char(36) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  `updated_at` datetime DEFAULT NULL COMMENT '(DC2Type:datetime_immutable)',
  PRIMARY KEY (`id`),
  KEY `IDX_93620D607E3C61F9` (`owner_id`),
  CONSTRAINT `FK_93620D607E3C61F9` FOREIGN KEY (`owner_id`) REFERENCES `koi_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `koi_wishlist` (
  `id` char(36) NOT NULL,
  `owner_id` char(36) DEFAULT NULL,
  `parent_id` char(36) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `color` varchar(6) NOT NULL,
  `image` varchar(255) DEFAULT NULL,
  `seen_counter` int(11) NOT NULL,
  `visibility` varchar(10) NOT NULL,
  `created_at` datetime NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  `updated_at` datetime DEFAULT NULL COMMENT '(DC2Type:datetime_immutable)',
  `parent_visibility` varchar(10) DEFAULT NULL,
  `final_visibility` varchar(10) NOT NULL,
  `children_display_configuration_id` char(36) DEFAULT NULL,
  `cached_values` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_98E338D2C53D045F` (`image`),
  UNIQUE KEY `UNIQ_98E338D245644244` (`children_display_configuration_id`),
  KEY `IDX_98E338D27E3C61F9` (`owner_id`),
  KEY `IDX_98E338D2727ACA70` (`parent_id`),
  KEY `idx_wishlist_final_visibility` (`final_visibility`),
  CONSTRAINT `FK_98E338D245644244` FOREIGN KEY (`children_display_configuration_id`) REFERENCES `koi_display_configuration` (`id`),
  CONSTRAINT `FK_98E338D2727ACA70` FOREIGN KEY (`parent_id`) REFERENCES `koi_wishlist` (`id`),
  CONSTRAINT `FK_98E338D27E3C61F9` FOREIGN KEY (`owner_id`) REFERENCES `koi_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `koi_field` (
  `id` char(36) NOT NULL,
  `template_id` char(36) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `position` int(11) NOT NULL,
  `type` varchar(15) NOT NULL,
  `owner_id` char(36) DEFAULT NULL,
  `choice_list_id` char(36) DEFAULT NULL,
  `visibility` varchar(10) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_4FD5B8915DA0FB8` (`template_id`),
  KEY `IDX_4FD5B8917E3C61F9` (`owner_id`),
  KEY `IDX_4FD5B891448D2C5` (`choice_list_id`),
  CONSTRAINT `FK_4FD5B891448D2C5` FOREIGN KEY (`choice_list_id`) REFERENCES `koi_choice_list` (`id`),
  CONSTRAINT `FK_4FD5B8915DA0FB8` FOREIGN KEY (`template_id`) REFERENCES `koi_template` (`id`),
  CONSTRAINT `FK_4FD5B8917E3C61F9` FOREIGN KEY (`owner_id`) REFERENCES `koi_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `koi_item_related_item` (
  `item_id` char(36) NOT NULL,
  `related_item_id` char(36) NOT NULL,
  PRIMARY KEY (`item_id`,`related_item_id`),
  KEY `IDX_A78A49D126F525E` (`item_id`),
  KEY `IDX_A78A49D2D7698FB` (`related_item_id`),
  CONSTRAINT `FK_A78A49D126F525E` FOREIGN KEY (`item_id`) REFERENCES `koi_item` (`id`),
  CONSTRAINT `FK_A78A49D2D7698FB` FOREIGN KEY (`related_item_id`) REFERENCES `koi_item` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `koi_loan` (
  `id` char(36) NOT NULL,
  `item_id` char(36) DEFAULT NULL,
  `owner_id` char(36) DEFAULT NULL,
  `lent_to` varchar(255) NOT NULL,
  `lent_at` datetime NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  `returned_at` datetime DEFAULT NULL COMMENT '(DC2Type:datetime_immutable)',
  PRIMARY KEY (`id`),
  KEY `IDX_E4728B1F126F525E` (`item_id`),
  KEY `IDX_E4728B1F7E3C61F9` (`owner_id`),
  CONSTRAINT `FK_E4728B1F126F525E` FOREIGN KEY (`item_id`) REFERENCES `koi_item` (`id`),
  CONSTRAINT `FK_E4728B1F7E3C61F9` FOREIGN KEY (`owner_id`) REFERENCES `koi_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `koi_path` (
  `id` char(36) NOT NULL,
  `scraper_id` char(36) DEFAULT NULL,
  `owner_id` char(36) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `type` varchar(15) NOT NULL,
  `path` longtext NOT NULL,
  `position` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_2AF50D135A68BBF9` (`scraper_id`),
  KEY `IDX_2AF50D137E3C61F9` (`owner_id`),
  CONSTRAINT `FK_2AF50D135A68BBF9` FOREIGN KEY (`scraper_id`) REFERENCES `koi_scraper` (`id`),
  CONSTRAINT `FK_2AF50D137E3C61F9` FOREIGN KEY (`owner_id`) REFERENCES `koi_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `koi_tag` (
  `id` char(36) NOT NULL,
  `owner_id` char(36) DEFAULT NULL,
  `category_id` char(36) DEFAULT NULL,
  `label` varchar(255) NOT NULL,
  `description` longtext DEFAULT NULL,
  `image` varchar(255) DEFAULT NULL,
  `image_small_thumbnail` varchar(255) DEFAULT NULL,
  `seen_counter` int(11) NOT NULL,
  `visibility` varchar(10) NOT NULL,
  `created_at` datetime NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  `updated_at` datetime DEFAULT NULL COMMENT '(DC2Type:datetime_immutable)',
  `items_display_configuration_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_16FB1EB7C53D045F` (`image`),
  UNIQUE KEY `UNIQ_16FB1EB79F979BF1` (`image_small_thumbnail`),
  UNIQUE KEY `UNIQ_16FB1EB7A4A07C77` (`items_display_configuration_id`),
  KEY `IDX_16FB1EB77E3C61F9` (`owner_id`),
  KEY `IDX_16FB1EB712469DE2` (`category_id`),
  KEY `idx_tag_visibility` (`visibility`),
  CONSTRAINT `FK_16FB1EB712469DE2` FOREIGN KEY (`category_id`) REFERENCES `koi_tag_category` (`id`) ON DELETE SET NULL,
  CONSTRAINT `FK_16FB1EB77E3C61F9` FOREIGN KEY (`owner_id`) REFERENCES `koi_user` (`id`),
  CONSTRAINT `FK_16FB1EB7A4A07C77` FOREIGN KEY (`items_display_configuration_id`) REFERENCES `koi_display_configuration` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `koi_wish` (
  `id` char(36) NOT NULL,
  `wishlist_id` char(36) DEFAULT NULL,
  `owner_id` char(36) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `url` longtext DEFAULT NULL,
  `price` varchar(255) DEFAULT NULL,
  `currency` varchar(6) DEFAULT NULL,
  `comment` longtext DEFAULT NULL,
  `image` varchar(255) DEFAULT NULL,
  `image_small_thumbnail` varchar(255) DEFAULT NULL,
  `visibility` varchar(10) NOT NULL,
  `created_at` datetime NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  `updated_at` datetime DEFAULT NULL COMMENT '(DC2Type:datetime_immutable)',
  `parent_visibility` varchar(10) DEFAULT NULL,
  `final_visibility` varchar(10) NOT NULL,
  `scraped_from_url` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_F670F2D5C53D045F` (`image`),
  UNIQUE KEY `UNIQ_F670F2D59F979BF1` (`image_small_thumbnail`),
  KEY `IDX_F670F2D5FB8E54CD` (`wishlist_id`),
  KEY `IDX_F670F2D57E3C61F9` (`owner_id`),
  KEY `idx_wish_final_visibility` (`final_visibility`),
  CONSTRAINT `FK_F670F2D57E3C61F9` FOREIGN KEY (`owner_id`) REFERENCES `koi_user` (`id`),
  CONSTRAINT `FK_F670F2D5FB8E54CD` FOREIGN KEY (`wishlist_id`) REFERENCES `koi_wishlist` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `koi_item_tag` (
  `item_id` char(36) NOT NULL,
  `tag_id` char(36) NOT NULL,
  PRIMARY KEY (`item_id`,`tag_id`),
  KEY `IDX_E09EDE52126F525E` (`item_id`),
  KEY `IDX_E09EDE52BAD26311` (`tag_id`),
  CONSTRAINT `FK_E09EDE52126F525E` FOREIGN KEY (`item_id`) REFERENCES `koi_item` (`id`),
  CONSTRAINT `FK_E09EDE52BAD26311` FOREIGN KEY (`tag_id`) REFERENCES `koi_tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

SET FOREIGN_KEY_CHECKS=1;

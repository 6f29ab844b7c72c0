-- RecipeSage (recipe keeper, meal planner and shared shopping lists): final schema of its Prisma migrations.
-- Source: github.com/julianpoy/RecipeSage, commit c17ee6eee37873feaaaca1784bdfeff3927852f7 (dual-licensed: AGPL-3.0
-- for non-commercial use, a commercial licence on request), packages/prisma/src/prisma/migrations/*/migration.sql
-- (64 migrations, 0_init ... 20260805000006_drop_recipes_user_folder_last_made_at) and schema.prisma (34 models).
-- Made by running the 64 migration.sql files in order with psql against an empty PostgreSQL 15 scratch database and
-- writing every table except the legacy SequelizeMeta bookkeeping table (33 tables) as MySQL by a script reading the
-- PostgreSQL catalogue: columns in PostgreSQL's order (columns added by later migrations come last), uuid ->
-- CHAR(36), text -> TEXT (VARCHAR(255) where the column is in a key), varchar(n) -> VARCHAR(n), integer -> INT,
-- double precision -> DOUBLE, boolean -> TINYINT(1), timestamptz(6) -> DATETIME(6) (CURRENT_TIMESTAMP defaults
-- kept), date -> DATE, jsonb -> JSON, bytea -> LONGBLOB, tsvector (Recipes.tsv, maintained by a trigger) -> LONGTEXT,
-- the enum types -> ENUM(...). Primary keys, unique constraints and unique indexes, and all foreign keys with their
-- ON DELETE / ON UPDATE actions as the migrations name them (foreign keys as ALTER TABLE at the end). Left out: plain,
-- GIN and trigram indexes, the search functions and triggers, the pg_trgm/unaccent extensions.

CREATE TABLE `AssistantMessages` (
  `id` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `role` VARCHAR(255) NOT NULL,
  `content` TEXT,
  `name` TEXT,
  `json` JSON NOT NULL,
  `recipeId` CHAR(36),
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  `version` INT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ClipCache` (
  `id` CHAR(36) NOT NULL,
  `url` TEXT NOT NULL,
  `urlHash` LONGBLOB NOT NULL,
  `recipe` JSON NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  `clipVersion` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ClipCache_urlHash_key` (`urlHash`)
);

CREATE TABLE `Discover_Recipe_Images` (
  `id` CHAR(36) NOT NULL,
  `discoverRecipeId` CHAR(36) NOT NULL,
  `imageId` CHAR(36) NOT NULL,
  `order` INT NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `Discover_Recipe_Links` (
  `id` CHAR(36) NOT NULL,
  `discoverRecipeId` CHAR(36) NOT NULL,
  `linkedDiscoverRecipeId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `discover_recipe_links_pair_uk` (`discoverRecipeId`, `linkedDiscoverRecipeId`)
);

CREATE TABLE `Discover_Recipe_Ratings` (
  `id` CHAR(36) NOT NULL,
  `discoverRecipeId` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `rating` INT NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Discover_Recipe_Ratings_discoverRecipeId_userId_uk` (`discoverRecipeId`, `userId`)
);

CREATE TABLE `Discover_Recipe_Reports` (
  `id` CHAR(36) NOT NULL,
  `discoverRecipeId` CHAR(36) NOT NULL,
  `source` ENUM('USER','SYSTEM') NOT NULL,
  `reporterId` CHAR(36),
  `reason` TEXT NOT NULL,
  `status` ENUM('OPEN','ACTIONED','DISMISSED') NOT NULL DEFAULT 'OPEN',
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Discover_Recipe_Reports_discoverRecipeId_reporterId_uk` (`discoverRecipeId`, `reporterId`)
);

CREATE TABLE `Discover_Recipe_Saves` (
  `id` CHAR(36) NOT NULL,
  `discoverRecipeId` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `recipeId` CHAR(36),
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Discover_Recipe_Saves_recipeId_uk` (`recipeId`)
);

CREATE TABLE `Discover_Recipes` (
  `id` CHAR(36) NOT NULL,
  `authorId` CHAR(36) NOT NULL,
  `sourceRecipeId` CHAR(36),
  `title` VARCHAR(255) NOT NULL,
  `description` TEXT NOT NULL,
  `yield` TEXT NOT NULL,
  `activeTime` TEXT NOT NULL,
  `totalTime` TEXT NOT NULL,
  `notes` TEXT NOT NULL,
  `ingredients` TEXT NOT NULL,
  `instructions` TEXT NOT NULL,
  `language` VARCHAR(35) NOT NULL,
  `categories` JSON,
  `approvalState` ENUM('PENDING','ACTIVE','SHADOWBANNED') NOT NULL DEFAULT 'PENDING',
  `ratingAverage` DOUBLE NOT NULL DEFAULT 0,
  `ratingCount` INT NOT NULL DEFAULT 0,
  `saveCount` INT NOT NULL DEFAULT 0,
  `rankScore` DOUBLE NOT NULL DEFAULT 0,
  `tosAgreedAt` DATETIME(6) NOT NULL,
  `tosVersion` VARCHAR(255) NOT NULL,
  `nutritionServingSize` TEXT,
  `nutritionCalories` DOUBLE,
  `nutritionTotalFat` DOUBLE,
  `nutritionSaturatedFat` DOUBLE,
  `nutritionTransFat` DOUBLE,
  `nutritionPolyunsaturatedFat` DOUBLE,
  `nutritionMonounsaturatedFat` DOUBLE,
  `nutritionCholesterol` DOUBLE,
  `nutritionSodium` DOUBLE,
  `nutritionTotalCarbs` DOUBLE,
  `nutritionDietaryFiber` DOUBLE,
  `nutritionTotalSugars` DOUBLE,
  `nutritionAddedSugars` DOUBLE,
  `nutritionProtein` DOUBLE,
  `nutritionVitaminD` DOUBLE,
  `nutritionCalcium` DOUBLE,
  `nutritionIron` DOUBLE,
  `nutritionPotassium` DOUBLE,
  `nutritionOtherDetails` TEXT,
  `modifiedAt` DATETIME(6),
  `deletedAt` DATETIME(6),
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  `tsv` LONGTEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `FCMTokens` (
  `id` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `token` TEXT NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `Friendships` (
  `id` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `friendId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Friendships_userId_friendId_uk` (`userId`, `friendId`)
);

CREATE TABLE `Images` (
  `id` CHAR(36) NOT NULL,
  `userId` CHAR(36),
  `location` VARCHAR(255) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `json` JSON NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `Job` (
  `id` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `type` ENUM('IMPORT','EXPORT','COOKBOOK') NOT NULL,
  `status` ENUM('CREATE','RUN','FAIL','SUCCESS') NOT NULL,
  `progress` INT NOT NULL,
  `resultCode` INT,
  `meta` JSON,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `LabelGroups` (
  `id` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  `warnWhenNotPresent` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `LabelGroups_userId_title_uk` (`userId`, `title`)
);

CREATE TABLE `Labels` (
  `id` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  `labelGroupId` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `Labels_userId_title_uk` (`userId`, `title`)
);

CREATE TABLE `MealPlanItems` (
  `id` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `mealPlanId` CHAR(36) NOT NULL,
  `recipeId` CHAR(36),
  `title` TEXT NOT NULL,
  `scheduled` DATETIME(6),
  `meal` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  `scheduledDate` DATE NOT NULL,
  `notes` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `MealPlan_Collaborators` (
  `id` CHAR(36) NOT NULL,
  `mealPlanId` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `MealPlan_Collaborators_mealPlanId_userId_key` (`mealPlanId`, `userId`)
);

CREATE TABLE `MealPlans` (
  `id` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `title` TEXT NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  `customMealOptions` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `Messages` (
  `id` CHAR(36) NOT NULL,
  `fromUserId` CHAR(36) NOT NULL,
  `toUserId` CHAR(36) NOT NULL,
  `recipeId` CHAR(36),
  `originalRecipeId` CHAR(36),
  `body` TEXT,
  `type` VARCHAR(255),
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ProfileItems` (
  `id` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `recipeId` CHAR(36),
  `labelId` CHAR(36),
  `title` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `visibility` VARCHAR(255) NOT NULL,
  `order` INT NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `RecipeLinks` (
  `id` CHAR(36) NOT NULL,
  `recipeId` CHAR(36) NOT NULL,
  `linkedRecipeId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `RecipeLinks_recipeId_linkedRecipeId_key` (`recipeId`, `linkedRecipeId`)
);

CREATE TABLE `Recipe_Images` (
  `id` CHAR(36) NOT NULL,
  `recipeId` CHAR(36) NOT NULL,
  `imageId` CHAR(36) NOT NULL,
  `order` INT NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `Recipe_Labels` (
  `id` CHAR(36) NOT NULL,
  `recipeId` CHAR(36) NOT NULL,
  `labelId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Recipe_Labels_labelId_recipeId_uk` (`labelId`, `recipeId`),
  UNIQUE KEY `Recipe_Labels_recipeId_labelId_key` (`recipeId`, `labelId`)
);

CREATE TABLE `Recipes` (
  `id` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `fromUserId` CHAR(36),
  `title` VARCHAR(255) NOT NULL,
  `description` TEXT NOT NULL,
  `yield` TEXT NOT NULL,
  `activeTime` TEXT NOT NULL,
  `totalTime` TEXT NOT NULL,
  `source` TEXT NOT NULL,
  `url` TEXT NOT NULL,
  `notes` TEXT NOT NULL,
  `ingredients` TEXT NOT NULL,
  `instructions` TEXT NOT NULL,
  `folder` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  `indexedAt` DATETIME(6),
  `rating` INT,
  `lastMadeAt` DATE,
  `nutritionAddedSugars` DOUBLE,
  `nutritionCalcium` DOUBLE,
  `nutritionCalories` DOUBLE,
  `nutritionCholesterol` DOUBLE,
  `nutritionDietaryFiber` DOUBLE,
  `nutritionIron` DOUBLE,
  `nutritionPotassium` DOUBLE,
  `nutritionProtein` DOUBLE,
  `nutritionSaturatedFat` DOUBLE,
  `nutritionSodium` DOUBLE,
  `nutritionTotalCarbs` DOUBLE,
  `nutritionTotalFat` DOUBLE,
  `nutritionTotalSugars` DOUBLE,
  `nutritionTransFat` DOUBLE,
  `nutritionVitaminD` DOUBLE,
  `nutritionMonounsaturatedFat` DOUBLE,
  `nutritionOtherDetails` TEXT,
  `nutritionPolyunsaturatedFat` DOUBLE,
  `nutritionServingSize` TEXT,
  `tsv` LONGTEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `Sessions` (
  `id` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `expires` DATETIME(6) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Sessions_token_key` (`token`)
);

CREATE TABLE `ShoppingListItems` (
  `id` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `shoppingListId` CHAR(36) NOT NULL,
  `mealPlanItemId` CHAR(36),
  `recipeId` CHAR(36),
  `title` TEXT NOT NULL,
  `completed` TINYINT(1) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  `categoryTitle` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ShoppingList_Collaborators` (
  `id` CHAR(36) NOT NULL,
  `shoppingListId` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ShoppingList_Collaborators_shoppingListId_userId_key` (`shoppingListId`, `userId`)
);

CREATE TABLE `ShoppingLists` (
  `id` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `title` TEXT NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  `categoryOrder` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `StripeEvents` (
  `id` CHAR(36) NOT NULL,
  `stripeId` VARCHAR(255) NOT NULL,
  `userId` CHAR(36),
  `blob` JSON NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `StripeEvents_stripeId_key` (`stripeId`)
);

CREATE TABLE `StripePayments` (
  `id` CHAR(36) NOT NULL,
  `userId` CHAR(36),
  `amountPaid` INT NOT NULL,
  `customerId` VARCHAR(255) NOT NULL,
  `customerEmail` VARCHAR(255),
  `paymentIntentId` VARCHAR(255),
  `subscriptionId` VARCHAR(255),
  `invoiceBlob` JSON NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `StripePayments_paymentIntentId_key` (`paymentIntentId`)
);

CREATE TABLE `UserCreditLogs` (
  `id` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `operation` VARCHAR(64) NOT NULL,
  `credits` INT NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
);

CREATE TABLE `UserSubscriptions` (
  `id` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `expires` DATETIME(6),
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `User_Profile_Images` (
  `id` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `imageId` CHAR(36) NOT NULL,
  `order` INT NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `Users` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `passwordHash` TEXT,
  `passwordSalt` TEXT,
  `passwordVersion` INT,
  `lastLogin` DATETIME(6),
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  `stripeCustomerId` VARCHAR(255),
  `handle` VARCHAR(255),
  `enableProfile` TINYINT(1) NOT NULL DEFAULT 0,
  `profileVisibility` VARCHAR(255),
  `preferences` JSON,
  `discoverStanding` ENUM('NORMAL','TRUSTED','SHADOWBANNED') NOT NULL DEFAULT 'NORMAL',
  PRIMARY KEY (`id`),
  UNIQUE KEY `Users_email_uk` (`email`),
  UNIQUE KEY `Users_stripeCustomerId_key` (`stripeCustomerId`),
  UNIQUE KEY `Users_handle_uk` (`handle`)
);

ALTER TABLE `AssistantMessages` ADD CONSTRAINT `AssistantMessages_recipeId_fkey` FOREIGN KEY (`recipeId`) REFERENCES `Recipes` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `AssistantMessages` ADD CONSTRAINT `AssistantMessages_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Discover_Recipe_Images` ADD CONSTRAINT `Discover_Recipe_Images_discoverRecipeId_fkey` FOREIGN KEY (`discoverRecipeId`) REFERENCES `Discover_Recipes` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Discover_Recipe_Images` ADD CONSTRAINT `Discover_Recipe_Images_imageId_fkey` FOREIGN KEY (`imageId`) REFERENCES `Images` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Discover_Recipe_Links` ADD CONSTRAINT `Discover_Recipe_Links_discoverRecipeId_fkey` FOREIGN KEY (`discoverRecipeId`) REFERENCES `Discover_Recipes` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Discover_Recipe_Links` ADD CONSTRAINT `Discover_Recipe_Links_linkedDiscoverRecipeId_fkey` FOREIGN KEY (`linkedDiscoverRecipeId`) REFERENCES `Discover_Recipes` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Discover_Recipe_Ratings` ADD CONSTRAINT `Discover_Recipe_Ratings_discoverRecipeId_fkey` FOREIGN KEY (`discoverRecipeId`) REFERENCES `Discover_Recipes` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Discover_Recipe_Ratings` ADD CONSTRAINT `Discover_Recipe_Ratings_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Discover_Recipe_Reports` ADD CONSTRAINT `Discover_Recipe_Reports_discoverRecipeId_fkey` FOREIGN KEY (`discoverRecipeId`) REFERENCES `Discover_Recipes` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Discover_Recipe_Reports` ADD CONSTRAINT `Discover_Recipe_Reports_reporterId_fkey` FOREIGN KEY (`reporterId`) REFERENCES `Users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `Discover_Recipe_Saves` ADD CONSTRAINT `Discover_Recipe_Saves_discoverRecipeId_fkey` FOREIGN KEY (`discoverRecipeId`) REFERENCES `Discover_Recipes` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Discover_Recipe_Saves` ADD CONSTRAINT `Discover_Recipe_Saves_recipeId_fkey` FOREIGN KEY (`recipeId`) REFERENCES `Recipes` (`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `Discover_Recipe_Saves` ADD CONSTRAINT `Discover_Recipe_Saves_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Discover_Recipes` ADD CONSTRAINT `Discover_Recipes_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Discover_Recipes` ADD CONSTRAINT `Discover_Recipes_sourceRecipeId_fkey` FOREIGN KEY (`sourceRecipeId`) REFERENCES `Recipes` (`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `FCMTokens` ADD CONSTRAINT `FCMTokens_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Friendships` ADD CONSTRAINT `Friendships_friendId_fkey` FOREIGN KEY (`friendId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Friendships` ADD CONSTRAINT `Friendships_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Images` ADD CONSTRAINT `Images_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `Job` ADD CONSTRAINT `Job_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `LabelGroups` ADD CONSTRAINT `LabelGroups_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Labels` ADD CONSTRAINT `Labels_labelGroupId_fkey` FOREIGN KEY (`labelGroupId`) REFERENCES `LabelGroups` (`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `Labels` ADD CONSTRAINT `Labels_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `MealPlanItems` ADD CONSTRAINT `MealPlanItems_mealPlanId_fkey` FOREIGN KEY (`mealPlanId`) REFERENCES `MealPlans` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `MealPlanItems` ADD CONSTRAINT `MealPlanItems_recipeId_fkey` FOREIGN KEY (`recipeId`) REFERENCES `Recipes` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `MealPlanItems` ADD CONSTRAINT `MealPlanItems_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `MealPlan_Collaborators` ADD CONSTRAINT `MealPlan_Collaborators_mealPlanId_fkey` FOREIGN KEY (`mealPlanId`) REFERENCES `MealPlans` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `MealPlan_Collaborators` ADD CONSTRAINT `MealPlan_Collaborators_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `MealPlans` ADD CONSTRAINT `MealPlans_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Messages` ADD CONSTRAINT `Messages_fromUserId_fkey` FOREIGN KEY (`fromUserId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Messages` ADD CONSTRAINT `Messages_originalRecipeId_fkey` FOREIGN KEY (`originalRecipeId`) REFERENCES `Recipes` (`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `Messages` ADD CONSTRAINT `Messages_recipeId_fkey` FOREIGN KEY (`recipeId`) REFERENCES `Recipes` (`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `Messages` ADD CONSTRAINT `Messages_toUserId_fkey` FOREIGN KEY (`toUserId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `ProfileItems` ADD CONSTRAINT `ProfileItems_labelId_fkey` FOREIGN KEY (`labelId`) REFERENCES `Labels` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `ProfileItems` ADD CONSTRAINT `ProfileItems_recipeId_fkey` FOREIGN KEY (`recipeId`) REFERENCES `Recipes` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `ProfileItems` ADD CONSTRAINT `ProfileItems_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `RecipeLinks` ADD CONSTRAINT `RecipeLinks_linkedRecipeId_fkey` FOREIGN KEY (`linkedRecipeId`) REFERENCES `Recipes` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `RecipeLinks` ADD CONSTRAINT `RecipeLinks_recipeId_fkey` FOREIGN KEY (`recipeId`) REFERENCES `Recipes` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Recipe_Images` ADD CONSTRAINT `Recipe_Images_imageId_fkey` FOREIGN KEY (`imageId`) REFERENCES `Images` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Recipe_Images` ADD CONSTRAINT `Recipe_Images_recipeId_fkey` FOREIGN KEY (`recipeId`) REFERENCES `Recipes` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Recipe_Labels` ADD CONSTRAINT `Recipe_Labels_labelId_fkey` FOREIGN KEY (`labelId`) REFERENCES `Labels` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Recipe_Labels` ADD CONSTRAINT `Recipe_Labels_recipeId_fkey` FOREIGN KEY (`recipeId`) REFERENCES `Recipes` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Recipes` ADD CONSTRAINT `Recipes_fromUserId_fkey` FOREIGN KEY (`fromUserId`) REFERENCES `Users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `Recipes` ADD CONSTRAINT `Recipes_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Sessions` ADD CONSTRAINT `Sessions_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `ShoppingListItems` ADD CONSTRAINT `ShoppingListItems_mealPlanItemId_fkey` FOREIGN KEY (`mealPlanItemId`) REFERENCES `MealPlanItems` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `ShoppingListItems` ADD CONSTRAINT `ShoppingListItems_recipeId_fkey` FOREIGN KEY (`recipeId`) REFERENCES `Recipes` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `ShoppingListItems` ADD CONSTRAINT `ShoppingListItems_shoppingListId_fkey` FOREIGN KEY (`shoppingListId`) REFERENCES `ShoppingLists` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `ShoppingListItems` ADD CONSTRAINT `ShoppingListItems_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `ShoppingList_Collaborators` ADD CONSTRAINT `ShoppingList_Collaborators_shoppingListId_fkey` FOREIGN KEY (`shoppingListId`) REFERENCES `ShoppingLists` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `ShoppingList_Collaborators` ADD CONSTRAINT `ShoppingList_Collaborators_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `ShoppingLists` ADD CONSTRAINT `ShoppingLists_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `StripeEvents` ADD CONSTRAINT `StripeEvents_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `StripePayments` ADD CONSTRAINT `StripePayments_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `UserCreditLogs` ADD CONSTRAINT `UserCreditLogs_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `UserSubscriptions` ADD CONSTRAINT `UserSubscriptions_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `User_Profile_Images` ADD CONSTRAINT `User_Profile_Images_imageId_fkey` FOREIGN KEY (`imageId`) REFERENCES `Images` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `User_Profile_Images` ADD CONSTRAINT `User_Profile_Images_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;

SET FOREIGN_KEY_CHECKS=0;

create table ca_locales
(
   locale_id                      smallint unsigned              not null AUTO_INCREMENT,
   name                           varchar(255)                   not null,
   language                       varchar(3)                     not null,
   country                        char(2)                        not null,
   dialect                        varchar(8),
   dont_use_for_cataloguing	tinyint unsigned not null,
   primary key (locale_id)
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_application_vars
(
   vars                           longtext                       not null
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_change_log
(
   log_id                         bigint                         not null AUTO_INCREMENT,
   log_datetime                   int unsigned                   not null,
   user_id                        int unsigned,
   changetype                     char(1)                        not null,
   logged_table_num               tinyint unsigned               not null,
   logged_row_id                  int unsigned                   not null,
   rolledback                     tinyint unsigned               not null default 0,
   unit_id                        char(32),
   batch_id                       int unsigned                   null,
   primary key (log_id)
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_change_log_snapshots
(
	log_id                         bigint                         not null,
    snapshot                       longblob                       not null,
    
   constraint fk_ca_change_log_snaphots_log_id foreign key (log_id)
      references ca_change_log (log_id) on delete restrict on update restrict
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_change_log_subjects
(
   log_id                         bigint                         not null,
   subject_table_num              tinyint unsigned               not null,
   subject_row_id                 int unsigned                   not null,
   
   constraint fk_ca_change_log_subjects_log_id foreign key (log_id)
      references ca_change_log (log_id) on delete restrict on update restrict
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_eventlog
(
   date_time                      int unsigned                   not null,
   code                           CHAR(4)                        not null,
   message                        text                           not null,
   source                         varchar(255)                   not null
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_lists
(
   list_id                        smallint unsigned              not null AUTO_INCREMENT,
   list_code                      varchar(100)                   not null,
   is_system_list                 tinyint unsigned               not null default 0,
   is_hierarchical                tinyint unsigned               not null default 0,
   use_as_vocabulary              tinyint unsigned               not null default 0,
   default_sort                   tinyint unsigned               not null default 0,
   deleted                        tinyint unsigned               not null default 0,
   primary key (list_id)
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_list_items
(
   item_id                        int unsigned                   not null AUTO_INCREMENT,
   parent_id                      int unsigned,
   list_id                        smallint unsigned              not null,
   type_id                        int unsigned                   null,
   idno                           varchar(255)                   not null,
   idno_sort                      varchar(255)                   not null,
   idno_sort_num                  bigint                         not null default 0,
   item_value                     varchar(255)                   not null,
   `rank`                           int unsigned              not null default 0,
   acl_inherit_from_parent         tinyint unsigned              not null default 0,
   access_inherit_from_parent      tinyint unsigned              not null default 0,
   hier_left                      decimal(30,20)                 not null,
   hier_right                     decimal(30,20)                 not null,
   is_enabled                     tinyint unsigned               not null default 0,
   is_default                     tinyint unsigned               not null default 0,
   validation_format              varchar(255)                   not null,
   settings                       longtext                       not null,
   color                          char(6)                        null,
   icon                           longblob                       not null,
   access                         tinyint unsigned               not null default 0,
   status                         tinyint unsigned               not null default 0,
   deleted                        tinyint unsigned               not null default 0,
   source_id                      int unsigned,
   source_info                    longtext                       not null,
   primary key (item_id),
   
   constraint fk_ca_list_items_type_id foreign key (type_id)
      references ca_list_items (item_id) on delete restrict on update restrict,
      
   constraint fk_ca_list_items_list_id foreign key (list_id)
      references ca_lists (list_id) on delete restrict on update restrict,
      
   constraint fk_ca_list_items_source_id foreign key (source_id)
      references ca_list_items (item_id) on delete restrict on update restrict,
      
   constraint fk_ca_list_items_parent_id foreign key (parent_id)
      references ca_list_items (item_id) on delete restrict on update restrict
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_users
(
   user_id                        int unsigned                   not null AUTO_INCREMENT,
   user_name                      varchar(255)                   not null,
   userclass                      tinyint unsigned               not null,
   password                       varchar(100)                   not null,
   fname                          varchar(255)                   not null,
   lname                          varchar(255)                   not null,
   email                          varchar(255)                   not null,
   sms_number                     varchar(30)                    not null,
   vars                           longtext                       not null,
   volatile_vars                  text                           not null,
   active                         tinyint unsigned               not null,
   confirmed_on                   int unsigned,
   confirmation_key               char(32),
   registered_on                  int unsigned,
   entity_id                      int unsigned,
   primary key (user_id)
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_user_groups
(
   group_id                       int unsigned                   not null AUTO_INCREMENT,
   parent_id                      int unsigned,
   name                           varchar(255)                   not null,
   code                           varchar(20)                    not null,
   description                    text                           not null,
   for_public_use                 tinyint unsigned               not null default 0,
   user_id                        int unsigned                   null,
   `rank`                         smallint unsigned              not null default 0,
   vars                           text                           not null,
   hier_left                      decimal(30,20)                 not null,
   hier_right                     decimal(30,20)                 not null,
   primary key (group_id),
      
   constraint fk_ca_user_groups_parent_id foreign key (parent_id)
      references ca_user_groups (group_id) on delete restrict on update restrict,
      
   constraint fk_ca_user_groups_user_id foreign key (user_id)
      references ca_users (user_id) on delete restrict on update restrict
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_user_roles
(
   role_id                        smallint unsigned              not null AUTO_INCREMENT,
   name                           varchar(255)                   not null,
   code                           varchar(20)                    not null,
   description                    text                           not null,
   `rank`                           smallint unsigned              not null default 0,
   vars                           longtext                       not null,
   field_access                   longtext                       not null,
   primary key (role_id)
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table if not exists ca_media_upload_sessions
(
   session_id                int unsigned                   not null AUTO_INCREMENT,
   user_id                   int unsigned                   not null,
   session_key               char(36)                       not null,
   created_on                int unsigned                   not null,
   submitted_on              int unsigned                   null,
   completed_on              int unsigned                   null,
   last_activity_on          int unsigned                   null,
   error_code                smallint unsigned              not null default 0,
   source                    varchar(30)                    not null default 'UPLOADER',
   status                    varchar(30)                    not null default 'IN_PROGRESS',
   
   num_files		         int unsigned                   not null,
   total_bytes		         bigint unsigned                not null default 0,
   metadata		             longtext                       null,
   
   primary key (session_id),

   index i_session_id               (session_id),
   index i_created_on			    (created_on),
   index i_completed_on			    (completed_on),
   index i_last_activity_on			(last_activity_on),
   index i_error_code      	        (error_code),
   index i_status   	            (status),
   unique index i_session_key      	(session_key),
  
   constraint fk_ca_media_upload_sessions_user_id foreign key (user_id)
      references ca_users (user_id) on delete restrict on update restrict
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_entities
(
   entity_id                      int unsigned               not null AUTO_INCREMENT,
   parent_id                      int unsigned,
   locale_id                      smallint unsigned,
   source_id                      int unsigned,
   type_id                        int unsigned                   not null,
   idno                           varchar(255)                   not null,
   idno_sort                      varchar(255)                   not null,
   idno_sort_num                  bigint                         not null default 0,
   is_template                    tinyint unsigned               not null default 0,
   commenting_status              tinyint unsigned               not null default 0,
   tagging_status                 tinyint unsigned               not null default 0,
   rating_status                  tinyint unsigned               not null default 0,
   view_count                     int unsigned                   not null default 0,
   source_info                    longtext                       not null,
   life_sdatetime                 decimal(30,20),
   life_edatetime                 decimal(30,20),
   hier_entity_id                 int unsigned                   not null,
   hier_left                      decimal(30,20)                 not null,
   hier_right                     decimal(30,20)                 not null,
   access                         tinyint unsigned               not null default 0,
   status                         tinyint unsigned               not null default 0,
   deleted                        tinyint unsigned               not null default 0,
   `rank`                         int unsigned                   not null default 0,
   acl_inherit_from_parent         tinyint unsigned              not null default 0,
   access_inherit_from_parent      tinyint unsigned              not null default 0,
   submission_user_id             int unsigned                   null,
   submission_group_id            int unsigned                   null,
   submission_status_id           int unsigned                   null,
   submission_via_form            varchar(100)                   null,
   submission_session_id          int unsigned                   null,
   
   primary key (entity_id),
   constraint fk_ca_entities_source_id foreign key (source_id)
      references ca_list_items (item_id) on delete restrict on update restrict,
      
   constraint fk_ca_entities_type_id foreign key (type_id)
      references ca_list_items (item_id) on delete restrict on update restrict,
      
   constraint fk_ca_entities_locale_id foreign key (locale_id)
      references ca_locales (locale_id) on delete restrict on update restrict,
      
   constraint fk_ca_entities_parent_id foreign key (parent_id)
      references ca_entities (entity_id) on delete restrict on update restrict,
      
   constraint fk_ca_entities_submission_user_id foreign key (submission_user_id)
      references ca_users (user_id) on delete restrict on update restrict,

   constraint fk_ca_entities_submission_group_id foreign key (submission_group_id)
      references ca_user_groups (group_id) on delete restrict on update restrict,

   constraint fk_ca_entities_submission_status_id foreign key (submission_status_id)
      references ca_list_items (item_id) on delete restrict on update restrict,

   constraint fk_ca_entities_submission_session_id foreign key (submission_session_id)
      references ca_media_upload_sessions(session_id) on delete restrict on update restrict
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_metadata_elements
(
   element_id                     smallint unsigned              not null AUTO_INCREMENT,
   parent_id                      smallint unsigned,
   list_id                        smallint unsigned,
   element_code                   varchar(30)                    not null,
   documentation_url              varchar(255)                   not null,
   datatype                       tinyint unsigned               not null,
   settings                       longtext                       not null,
   `rank`                           smallint unsigned              not null default 0,
   deleted              tinyint unsigned     not null default 0,
   hier_left                      decimal(30,20)                 not null,
   hier_right                     decimal(30,20)                 not null,
   hier_element_id                smallint unsigned              null,
   primary key (element_id),
   
   constraint fk_ca_metadata_elements_list_id foreign key (list_id)
      references ca_lists (list_id) on delete restrict on update restrict,
      
   constraint fk_ca_metadata_elements_parent_id foreign key (parent_id)
      references ca_metadata_elements (element_id) on delete restrict on update restrict
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_object_lots
(
   lot_id                         int unsigned                   not null AUTO_INCREMENT,
   type_id                        int unsigned                   not null,
   parent_id                      int unsigned,
   lot_status_id                  int unsigned                   not null,
   idno_stub                      varchar(255)                   not null,
   idno_stub_sort                 varchar(255)                   not null,
   idno_stub_sort_num             bigint                         not null default 0,
   is_template                    tinyint unsigned               not null default 0,
   commenting_status              tinyint unsigned               not null default 0,
   tagging_status                 tinyint unsigned               not null default 0,
   rating_status                  tinyint unsigned               not null default 0,
   view_count                     int unsigned                   not null default 0,
   extent                         smallint unsigned              not null,
   extent_units                   varchar(255)                   not null,
   access                         tinyint                        not null default 0,
   status                         tinyint unsigned               not null default 0,
   home_location_id               int unsigned null,
   accession_sdatetime            decimal(30,20),
   accession_edatetime            decimal(30,20),
   deaccession_sdatetime          decimal(30,20),
   deaccession_edatetime          decimal(30,20),
   deaccession_disposal_sdatetime decimal(30,20),
   deaccession_disposal_edatetime decimal(30,20),
   is_deaccessioned               tinyint                        not null default 0,
   deaccession_notes              text                           not null,
   deaccession_authorized_by      varchar(255)                   not null default '',
   deaccession_type_id            int unsigned                   null,
   source_id                      int unsigned,
   source_info                    longtext                       not null,
   hier_lot_id                    int unsigned                   not null,
   hier_left                      decimal(30,20) unsigned        not null,
   hier_right                     decimal(30,20) unsigned        not null,
   deleted                        tinyint unsigned               not null default 0,
   `rank`                         int unsigned                   not null default 0,
   acl_inherit_from_parent        tinyint unsigned               not null default 0,
   access_inherit_from_parent     tinyint unsigned               not null default 0,
   submission_user_id             int unsigned                   null,
   submission_group_id            int unsigned                   null,
   submission_status_id           int unsigned                   null,
   submission_via_form            varchar(100)                   null,
   submission_session_id          int unsigned                   null,
   primary key (lot_id),
   
   constraint fk_ca_object_lots_type_id foreign key (type_id)
      references ca_list_items (item_id) on delete restrict on update restrict,
      
   constraint fk_ca_object_lots_parent_id foreign key (parent_id)
      references ca_object_lots (lot_id) on delete restrict on update restrict,
         
    constraint fk_ca_object_lots_source_id foreign key (source_id)
      references ca_list_items (item_id) on delete restrict on update restrict,
      
   constraint fk_ca_object_lots_lot_status_id foreign key (lot_status_id)
      references ca_list_items (item_id) on delete restrict on update restrict,
   
   constraint fk_ca_object_lots_deaccession_type_id foreign key (deaccession_type_id)
      references ca_list_items (item_id) on delete restrict on update restrict,
      
   constraint fk_ca_object_lots_submission_user_id foreign key (submission_user_id)
      references ca_users (user_id) on delete restrict on update restrict,

   constraint fk_ca_object_lots_submission_group_id foreign key (submission_group_id)
      references ca_user_groups (group_id) on delete restrict on update restrict,

   constraint fk_ca_object_lots_submission_status_id foreign key (submission_status_id)
      references ca_list_items (item_id) on delete restrict on update restrict,

   constraint fk_ca_object_lots_submission_session_id foreign key (submission_session_id)
      references ca_media_upload_sessions(session_id) on delete restrict on update restrict
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_loans
(
   loan_id                        int unsigned                   not null AUTO_INCREMENT,
   parent_id                      int unsigned                   null,
   type_id                        int unsigned                   not null,
   locale_id                      smallint unsigned              null,
   idno                           varchar(255)                   not null,
   idno_sort                      varchar(255)                   not null,
   idno_sort_num                  bigint                         not null default 0,
   is_template                    tinyint unsigned               not null default 0,
   view_count                     int unsigned                   not null default 0,
   source_id                      int unsigned,
   source_info                    longtext                       not null,
   hier_left                      decimal(30,20)                 not null,
   hier_right                     decimal(30,20)                 not null,
   hier_loan_id                   int unsigned                   not null,
   access                         tinyint unsigned               not null default 0,
   status                         tinyint unsigned               not null default 0,
   deleted                        tinyint unsigned               not null default 0,
   `rank`                           int unsigned                   not null default 0,
   acl_inherit_from_parent         tinyint unsigned              not null default 0,
   access_inherit_from_parent      tinyint unsigned              not null default 0,
   submission_user_id               int unsigned                   null,
   submission_group_id            int unsigned                   null,
   submission_status_id              int unsigned                   null,
   submission_via_form            varchar(100)                   null,
   submission_session_id          int unsigned                   null,
   primary key (loan_id),
   
   constraint fk_ca_loans_type_id foreign key (type_id)
      references ca_list_items (item_id) on delete restrict on update restrict,
      
   constraint fk_ca_loans_source_id foreign key (source_id)
      references ca_list_items (item_id) on delete restrict on update restrict,
      
   constraint fk_ca_loans_parent_id foreign key (parent_id)
      references ca_loans (loan_id) on delete restrict on update restrict,
      
   constraint fk_ca_loans_locale_id foreign key (locale_id)
      references ca_locales (locale_id) on delete restrict on update restrict,
      
   constraint fk_ca_loans_submission_user_id foreign key (submission_user_id)
      references ca_users (user_id) on delete restrict on update restrict,

   constraint fk_ca_loans_submission_group_id foreign key (submission_group_id)
      references ca_user_groups (group_id) on delete restrict on update restrict,

   constraint fk_ca_loans_submission_status_id foreign key (submission_status_id)
      references ca_list_items (item_id) on delete restrict on update restrict,

   constraint fk_ca_loans_submission_session_id foreign key (submission_session_id)
      references ca_media_upload_sessions(session_id) on delete restrict on update restrict
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_relationship_types
(
   type_id                        smallint unsigned              not null AUTO_INCREMENT,
   parent_id                      smallint unsigned,
   sub_type_left_id               int unsigned,
   include_subtypes_left          tinyint unsigned               not null default 0,
   sub_type_right_id              int unsigned,
   include_subtypes_right         tinyint unsigned               not null default 0,
   hier_left                      decimal(30,20) unsigned        not null,
   hier_right                     decimal(30,20) unsigned        not null,
   hier_type_id                   smallint unsigned,
   table_num                      tinyint unsigned               not null,
   type_code                      varchar(30)                    not null,
   `rank`                           smallint unsigned              not null default 0,
   is_default                     tinyint unsigned               not null,
   primary key (type_id),
      
   constraint fk_ca_relationship_types_parent_id foreign key (parent_id)
      references ca_relationship_types (type_id) on delete restrict on update restrict
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_objects
(
   object_id                      int unsigned               not null AUTO_INCREMENT,
   parent_id                      int unsigned,
   lot_id                         int unsigned,
   locale_id                      smallint unsigned,
   source_id                      int unsigned,
   is_template                    tinyint unsigned               not null default 0,
   commenting_status              tinyint unsigned               not null default 0,
   tagging_status                 tinyint unsigned               not null default 0,
   rating_status                  tinyint unsigned               not null default 0,
   view_count                     int unsigned                   not null default 0,
   type_id                        int unsigned                   not null,
   idno                           varchar(255)                   not null,
   idno_sort                      varchar(255)                   not null,
   idno_sort_num                  bigint                         not null default 0,
   acquisition_type_id            int unsigned,
   item_status_id                 int unsigned,
   source_info                    longtext                       not null,
   hier_object_id                 int unsigned                   not null,
   hier_left                      decimal(30,20) unsigned        not null,
   hier_right                     decimal(30,20) unsigned        not null,
   extent                         int unsigned                   not null,
   extent_units                   varchar(255)                   not null,
   access                         tinyint unsigned               not null default 0,
   status                         tinyint unsigned               not null default 0,
   deleted                        tinyint unsigned               not null default 0,
   `rank`                           int unsigned                   not null default 0,
   acl_inherit_from_ca_collections tinyint unsigned              not null default 0,
   acl_inherit_from_parent         tinyint unsigned              not null default 0,
   access_inherit_from_parent      tinyint unsigned              not null default 0,
   home_location_id               int unsigned null,
   accession_sdatetime            decimal(30,20),
   accession_edatetime            decimal(30,20),
   deaccession_sdatetime          decimal(30,20),
   deaccession_edatetime          decimal(30,20),
   deaccession_disposal_sdatetime decimal(30,20),
   deaccession_disposal_edatetime decimal(30,20),
   is_deaccessioned               tinyint                        not null default 0,
   deaccession_notes              text                           not null,
   deaccession_authorized_by      varchar(255)                   not null default '',
   deaccession_type_id            int unsigned                   null,
   current_loc_class              tinyint unsigned               null,
   current_loc_subclass           int unsigned                   null,
   current_loc_id                 int unsigned                   null,
   circulation_status_id          int unsigned                   null,
   submission_user_id               int unsigned                   null,
   submission_group_id            int unsigned                   null,
   submission_status_id              int unsigned                   null,
   submission_via_form            varchar(100)                   null,
   submission_session_id          int unsigned                   null,
   
   primary key (object_id),
   constraint fk_ca_objects_source_id foreign key (source_id)
      references ca_list_items (item_id) on delete restrict on update restrict,
      
   constraint fk_ca_objects_type_id foreign key (type_id)
      references ca_list_items (item_id) on delete restrict on update restrict,
      
   constraint fk_ca_objects_acquisition_type_id foreign key (acquisition_type_id)
      references ca_list_items (item_id) on delete restrict on update restrict,
      
   constraint fk_ca_objects_item_status_id foreign key (item_status_id)
      references ca_list_items (item_id) on delete restrict on update restrict,
      
   constraint fk_ca_objects_locale_id foreign key (locale_id)
      references ca_locales (locale_id) on delete restrict on update restrict,
      
   constraint fk_ca_objects_lot_id foreign key (lot_id)
      references ca_object_lots (lot_id) on delete restrict on update restrict,
      
   constraint fk_ca_objects_parent_id foreign key (parent_id)
      references ca_objects (object_id) on delete restrict on update restrict,
      
   constraint fk_ca_objects_deaccession_type_id foreign key (deaccession_type_id)
      references ca_list_items (item_id) on delete restrict on update restrict,

   constraint fk_ca_objects_circulation_status_id foreign key (circulation_status_id)
      references ca_list_items (item_id) on delete restrict on update restrict,

   constraint fk_ca_objects_submission_user_id foreign key (submission_user_id)
      references ca_users (user_id) on delete restrict on update restrict,

   constraint fk_ca_objects_submission_group_id foreign key (submission_group_id)
      references ca_user_groups (group_id) on delete restrict on update restrict,

   constraint fk_ca_objects_submission_status_id foreign key (submission_status_id)
      references ca_list_items (item_id) on delete restrict on update restrict,

   constraint fk_ca_objects_submission_session_id foreign key (submission_session_id)
      references ca_media_upload_sessions(session_id) on delete restrict on update restrict
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_attributes
(
   attribute_id                   int unsigned                   not null AUTO_INCREMENT,
   element_id                     smallint unsigned              not null,
   locale_id                      smallint unsigned              null,
   table_num                      tinyint unsigned               not null,
   row_id                         int unsigned                   not null,
   value_source                   varchar(1024)                   null,
   primary key (attribute_id),
   constraint fk_ca_attributes_element_id foreign key (element_id)
      references ca_metadata_elements (element_id) on delete restrict on update restrict,
   constraint fk_ca_attributes_locale_id foreign key (locale_id)
      references ca_locales (locale_id) on delete restrict on update restrict
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_acl
(
   acl_id                         int unsigned                   not null AUTO_INCREMENT,
   group_id                       int unsigned,
   user_id                        int unsigned,
   table_num                      tinyint unsigned               not null,
   row_id                         int unsigned                   not null,
   access                         tinyint unsigned               not null default 0,
   notes                          char(10)                       not null,
   inherited_from_table_num       tinyint unsigned               null,
   inherited_from_row_id          int unsigned                   null,
   include_representations		  tinyint unsigned               not null default 0,
   primary key (acl_id),
   constraint fk_ca_acl_group_id foreign key (group_id)
      references ca_user_groups (group_id) on delete restrict on update restrict,
   constraint fk_ca_acl_user_id foreign key (user_id)
      references ca_users (user_id) on delete restrict on update restrict
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_entity_labels
(
   label_id                       int unsigned               not null AUTO_INCREMENT,
   entity_id                      int unsigned               not null,
   locale_id                      smallint unsigned              not null,
   type_id                        int unsigned                   null,
   displayname                    varchar(512)                   not null,
   forename                       varchar(100)                   not null,
   other_forenames                varchar(100)                   not null,
   middlename                     varchar(100)                   not null,
   surname                        varchar(512)                   not null,
   prefix                         varchar(100)                   not null,
   suffix                         varchar(100)                   not null,
   name_sort                      varchar(512)                   not null,
   source_info                    longtext                       not null,
   is_preferred                   tinyint unsigned               not null,
   sdatetime                      decimal(30,20),
   edatetime                      decimal(30,20),
   access                         tinyint unsigned               not null default 0,
   checked                        tinyint unsigned               not null default 0,
   notes                          text                           not null,
   
   primary key (label_id),
   constraint fk_ca_entity_labels_type_id foreign key (type_id)
      references ca_list_items (item_id) on delete restrict on update restrict,
   constraint fk_ca_entity_labels_locale_id foreign key (locale_id)
      references ca_locales (locale_id) on delete restrict on update restrict,
   constraint fk_ca_entity_labels_entity_id foreign key (entity_id)
      references ca_entities (entity_id) on delete restrict on update restrict
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_groups_x_roles
(
   relation_id                    int unsigned                   not null AUTO_INCREMENT,
   group_id                       int unsigned                   not null,
   role_id                        smallint unsigned              not null,
   `rank`                           int unsigned                   not null default 0,
   primary key (relation_id),
   constraint fk_ca_groups_x_roles_group_id foreign key (group_id)
      references ca_user_groups (group_id) on delete restrict on update restrict,
   constraint fk_ca_groups_x_roles_role_id foreign key (role_id)
      references ca_user_roles (role_id) on delete restrict on update restrict
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_ips
(
   ip_id                          int unsigned                   not null AUTO_INCREMENT,
   user_id                        int unsigned                   not null,
   ip1                            tinyint unsigned               not null,
   ip2                            tinyint unsigned,
   ip3                            tinyint unsigned,
   ip4s                           tinyint unsigned,
   ip4e                           tinyint unsigned,
   notes                          text                           not null,
   primary key (ip_id),
   constraint fk_ca_ips_user_id foreign key (user_id)
      references ca_users (user_id) on delete restrict on update restrict
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_users_x_groups
(
   relation_id                    int unsigned                   not null AUTO_INCREMENT,
   user_id                        int unsigned                   not null,
   group_id                       int unsigned                   not null,
   primary key (relation_id),
   constraint fk_ca_users_x_groups_user_id foreign key (user_id)
      references ca_users (user_id) on delete restrict on update restrict,
   constraint fk_ca_users_x_groups_group_id foreign key (group_id)
      references ca_user_groups (group_id) on delete restrict on update restrict
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_users_x_roles
(
   relation_id                    int unsigned                   not null AUTO_INCREMENT,
   user_id                        int unsigned                   not null,
   role_id                        smallint unsigned              not null,
   `rank`                           int unsigned                   not null default 0,
   primary key (relation_id),
   constraint fk_ca_users_x_roles_user_id foreign key (user_id)
      references ca_users (user_id) on delete restrict on update restrict,
   constraint fk_ca_users_x_roles_role_id foreign key (role_id)
      references ca_user_roles (role_id) on delete restrict on update restrict
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_object_lots_x_entities
(
   relation_id                    int unsigned                   not null AUTO_INCREMENT,
   entity_id                      int unsigned               not null,
   lot_id                         int unsigned                   not null,
   type_id                        smallint unsigned              not null,
   source_info                    longtext                       not null,
   sdatetime                      decimal(30,20),
   edatetime                      decimal(30,20),
   label_left_id                  int unsigned                   null,
   label_right_id                 int unsigned                   null,
   `rank`                           int unsigned                   not null default 0,
   primary key (relation_id),
   constraint fk_ca_object_lots_x_entities_type_id foreign key (type_id)
      references ca_relationship_types (type_id) on delete restrict on update restrict,
      
   constraint fk_ca_object_lots_x_entities_entity_id foreign key (entity_id)
      references ca_entities (entity_id) on delete restrict on update restrict,
      
   constraint fk_ca_object_lots_x_entities_lot_id foreign key (lot_id)
      references ca_object_lots (lot_id) on delete restrict on update restrict,
      
   constraint fk_ca_object_lots_x_entities_label_right_id foreign key (label_right_id)
      references ca_entity_labels (label_id) on delete restrict on update restrict
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_objects_x_entities
(
   relation_id                    int unsigned                   not null AUTO_INCREMENT,
   entity_id                      int unsigned               not null,
   object_id                      int unsigned               not null,
   type_id                        smallint unsigned              not null,
   source_info                    longtext                       not null,
   sdatetime                      decimal(30,20),
   edatetime                      decimal(30,20),
   label_left_id                  int unsigned                   null,
   label_right_id                 int unsigned                   null,
   `rank`                           int unsigned                   not null default 0,
   primary key (relation_id),
   constraint fk_ca_objects_x_entities_type_id foreign key (type_id)
      references ca_relationship_types (type_id) on delete restrict on update restrict,
      
   constraint fk_ca_objects_x_entities_entity_id foreign key (entity_id)
      references ca_entities (entity_id) on delete restrict on update restrict,
      
   constraint fk_ca_objects_x_entities_object_id foreign key (object_id)
      references ca_objects (object_id) on delete restrict on update restrict,
      
   constraint fk_ca_objects_x_entities_label_right_id foreign key (label_right_id)
      references ca_entity_labels (label_id) on delete restrict on update restrict
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_loans_x_entities
(
   relation_id                    int unsigned                   not null AUTO_INCREMENT,
   loan_id                         int unsigned               not null,
   type_id                        smallint unsigned              not null,
   entity_id                    int unsigned                   not null,
   source_info                    longtext                       not null,
   sdatetime                      decimal(30,20),
   edatetime                      decimal(30,20),
   label_left_id                  int unsigned                   null,
   label_right_id                 int unsigned                   null,
   `rank`                           int unsigned                   not null default 0,
   primary key (relation_id),
   
   constraint fk_ca_loans_x_entities_loan_id foreign key (loan_id)
      references ca_loans (loan_id) on delete restrict on update restrict,
      
   constraint fk_ca_loans_x_entities_type_id foreign key (type_id)
      references ca_relationship_types (type_id) on delete restrict on update restrict,
      
   constraint fk_ca_loans_x_entities_entity_id foreign key (entity_id)
      references ca_entities (entity_id) on delete restrict on update restrict,
      
   constraint fk_ca_loans_x_entities_label_right_id foreign key (label_right_id)
      references ca_entity_labels (label_id) on delete restrict on update restrict
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_attribute_values
(
   value_id                   	  int unsigned                   not null AUTO_INCREMENT,
   element_id                     smallint unsigned              not null,
   attribute_id                   int unsigned                   not null,
   item_id                        int unsigned                   null,
   value_longtext1                longtext                       null,
   value_longtext2                longtext                       null,
   value_blob                     longblob                       null,
   value_decimal1                 decimal(40,20)                 null,
   value_decimal2                 decimal(40,20)                 null,
   value_integer1                 int unsigned                   null,
   value_sortable                 varchar(100)                   null,
   source_info                    longtext                       not null,
   primary key (value_id),
   constraint fk_ca_attribute_values_attribute_id foreign key (attribute_id)
      references ca_attributes (attribute_id) on delete restrict on update restrict,
   constraint fk_ca_attribute_values_element_id foreign key (element_id)
      references ca_metadata_elements (element_id) on delete restrict on update restrict,
   constraint fk_ca_attribute_values_item_id foreign key (item_id)
      references ca_list_items (item_id) on delete restrict on update restrict
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_sets
(
	set_id		int unsigned not null auto_increment,
	parent_id	int unsigned,
	hier_set_id int unsigned not null,
	user_id		int unsigned null,
    type_id     int unsigned not null,
    commenting_status tinyint unsigned not null default 0,
    tagging_status tinyint unsigned not null default 0,
    rating_status tinyint unsigned not null default 0,
	set_code    varchar(100) null,
	set_code_sort varchar(100) null,
	table_num	tinyint unsigned not null,
	access		tinyint unsigned not null default 0,	
	status		tinyint unsigned not null default 0,
	hier_left	decimal(30,20) unsigned not null,
	hier_right	decimal(30,20) unsigned not null,
    deleted     tinyint unsigned not null default 0,
    `rank`      int unsigned not null default 0,
    source_id   int unsigned,
    last_used   int unsigned null,
    autodelete  tinyint unsigned not null default 0,
    
	primary key (set_id),
      
	key i_user_id (user_id),
	key i_type_id (type_id),
	key i_set_code (set_code),
	key i_hier_left (hier_left),
	key i_hier_right (hier_right),
	key i_parent_id (parent_id),
	key i_hier_set_id (hier_set_id),
	key i_table_num (table_num),
	key i_source_id (source_id),
	key i_set_code_sort (set_code_sort),
	key i_last_used (last_used),
      
   constraint fk_ca_sets_parent_id foreign key (parent_id)
      references ca_sets (set_id) on delete restrict on update restrict,
      
   constraint fk_ca_sets_user_id foreign key (user_id)
      references ca_users (user_id) on delete restrict on update restrict,
      
   constraint fk_ca_sets_source_id foreign key (source_id)
      references ca_list_items (item_id) on delete restrict on update restrict
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_sets_x_users
(
	relation_id int unsigned not null auto_increment,
	set_id int unsigned not null,
	user_id int unsigned null,
	access tinyint unsigned not null default 0,
	pending_access tinyint unsigned null,
	activation_key char(36) null,
	activation_email varchar(255) null,
	settings text not null,
	sdatetime int unsigned null,
	edatetime int unsigned null,
	
	primary key 				    (relation_id),
	index i_set_id				    (set_id),
	index i_user_id			        (user_id),
	unique index u_activation_key   (activation_key),
	index i_activation_email        (activation_email),
	
   constraint fk_ca_sets_x_users_set_id foreign key (set_id)
      references ca_sets (set_id) on delete restrict on update restrict,
      
   constraint fk_ca_sets_x_users_user_id foreign key (user_id)
      references ca_users (user_id) on delete restrict on update restrict
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_item_comments
(
	comment_id	int unsigned not null auto_increment,
	table_num	tinyint unsigned not null,
	row_id		int unsigned not null,
	
	user_id		int unsigned null,
	locale_id	smallint unsigned not null,
	
	media1 longblob not null,
	media2 longblob not null,
	media3 longblob not null,
	media4 longblob not null,
	
	comment		text null,
	rating		tinyint null,
	email		varchar(255) null,
	name		varchar(255) null,
	location	varchar(255) null,
	created_on	int unsigned not null,
	access		tinyint unsigned not null default 0,
	ip_addr		varchar(39) null,
	moderated_on int unsigned null,
	moderated_by_user_id int unsigned null,
	
	primary key (comment_id),
	key i_row_id (row_id),
	key i_table_num (table_num),
	key i_email (email),
	key i_user_id (user_id),
	key i_created_on (created_on),
	key i_access (access),
	key i_moderated_on (moderated_on),
	  
   constraint fk_ca_item_comments_user_id foreign key (user_id)
      references ca_users (user_id) on delete restrict on update restrict,
      
   constraint fk_ca_item_comments_locale_id foreign key (locale_id)
      references ca_locales (locale_id) on delete restrict on update restrict,
      
   constraint fk_ca_item_comments_moderated_by_user_id foreign key (moderated_by_user_id)
      references ca_users (user_id) on delete restrict on update restrict
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_item_tags
(
	tag_id		int unsigned not null auto_increment,

	locale_id	smallint unsigned not null,
	tag			varchar(255) not null,
	
	primary key (tag_id),
	key u_tag (tag, locale_id),
	
   constraint fk_ca_item_tags_locale_id foreign key (locale_id)
      references ca_locales (locale_id) on delete restrict on update restrict
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_items_x_tags
(
	relation_id	int unsigned not null auto_increment,
	table_num	tinyint unsigned not null,
	row_id		int unsigned not null,
	
	tag_id		int unsigned null,
	item_id		int unsigned null,
	
	user_id		int unsigned,
	access		tinyint unsigned not null default 0,
	
	ip_addr		varchar(39) null,
	
	created_on	int unsigned not null,
	
	moderated_on int unsigned null,
	moderated_by_user_id int unsigned null,
    `rank` int unsigned not null default 0,
	
	primary key (relation_id),
	key i_row_id (row_id),
	key i_table_num (table_num),
	key i_tag_id (tag_id),
	key i_item_id (item_id),
	key i_user_id (user_id),
	key i_access (access),
	key i_created_on (created_on),
	key i_moderated_on (moderated_on),
	key i_rank (`rank`),
	
   constraint fk_ca_items_x_tags_tag_id foreign key (tag_id)
      references ca_item_tags (tag_id) on delete restrict on update restrict,
      
   constraint fk_ca_items_x_tags_item_id foreign key (item_id)
      references ca_list_items (item_id) on delete restrict on update restrict,
      
   constraint fk_ca_items_x_tags_user_id foreign key (user_id)
      references ca_users (user_id) on delete restrict on update restrict,
      
   constraint fk_ca_items_x_tags_moderated_by_user_id foreign key (moderated_by_user_id)
      references ca_users (user_id) on delete restrict on update restrict
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_search_log
(
	search_id			int unsigned not null primary key auto_increment,
	log_datetime		int unsigned not null,
	user_id				int unsigned null,
	table_num			tinyint unsigned not null,
	search_expression	varchar(1024) not null,
	num_hits			int unsigned not null,
	form_id				int unsigned null,
	ip_addr				varchar(39) null,
	details				text not null,
	execution_time 		decimal(7,3) not null,
	search_source 		varchar(40) not null,
	
	KEY i_log_datetime (log_datetime),
	KEY i_user_id (user_id),
	KEY i_form_id (form_id),
      
   constraint fk_ca_search_log_user_id foreign key (user_id)
      references ca_users (user_id) on delete restrict on update restrict
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_batch_log
(
   batch_id                       int unsigned              not null AUTO_INCREMENT,
   user_id                        int unsigned              not null,
   log_datetime                   int unsigned              not null,
   notes                          text                      not null,
   batch_type                     char(2)                   not null,
   table_num                      tinyint unsigned          not null,
   elapsed_time                   int unsigned              not null default 0,
   
   primary key (batch_id), 
   KEY i_log_datetime (log_datetime),
   KEY i_user_id (user_id),
   constraint fk_ca_batch_log_user_id foreign key (user_id)
      references ca_users (user_id) on delete restrict on update restrict
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_watch_list
(
   watch_id                       int unsigned                   not null AUTO_INCREMENT,
   table_num                      tinyint unsigned               not null,
   row_id                         int unsigned                   not null,
   user_id                        int unsigned                   not null,
   primary key (watch_id),
   
   constraint fk_ca_watch_list_user_id foreign key (user_id)
      references ca_users (user_id) on delete restrict on update restrict
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_user_notes
(
   note_id                       int unsigned                   not null AUTO_INCREMENT,
   table_num                     tinyint unsigned               not null,
   row_id                        int unsigned                   not null,
   user_id                       int unsigned                   not null,
   bundle_name                   varchar(255)                   not null,
   note                          longtext                       not null,
   created_on                    int unsigned                   not null,
   primary key (note_id),
   
   constraint fk_ca_user_notes_user_id foreign key (user_id)
      references ca_users (user_id) on delete restrict on update restrict
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_bookmark_folders
(
  folder_id int(10) unsigned not null auto_increment,
  name varchar(255) not null,
  user_id int unsigned not null,
  `rank` smallint unsigned not null default 0,
  
  primary key (folder_id),
  
   constraint fk_ca_bookmark_folders_user_id foreign key (user_id)
      references ca_users (user_id) on delete restrict on update restrict
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_bookmarks
(
  bookmark_id int(10) unsigned not null auto_increment,
  folder_id int unsigned not null,
  table_num tinyint unsigned not null,
  row_id int unsigned not null,
  notes text not null,
  `rank` smallint unsigned not null default 0,
  created_on int unsigned not null,
  
  primary key (bookmark_id),
  
   constraint fk_ca_bookmarks_folder_id foreign key (folder_id)
      references ca_bookmark_folders (folder_id) on delete restrict on update restrict
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_object_checkouts
(
   checkout_id	            int unsigned					not null AUTO_INCREMENT,
   group_uuid               char(36) not null,
   object_id                int unsigned not null,
   user_id                	int unsigned not null,
   created_on				int unsigned not null,
   checkout_date			int unsigned null,
   due_date					int unsigned null,
   return_date				int unsigned null,
   return_confirmation_date	int unsigned null,
   checkout_notes			text not null,
   return_notes				text not null,
   last_sent_coming_due_email int unsigned null,
   last_sent_overdue_email int unsigned null,
   last_reservation_available_email int unsigned null,
   deleted					tinyint unsigned not null,
   
   primary key (checkout_id),
   index i_group_uuid (group_uuid),
   index i_object_id (object_id),
   index i_user_id (user_id),
   index i_created_on (created_on),
   index i_checkout_date (checkout_date),
   index i_due_date (due_date),
   index i_return_date (return_date),
   index i_return_confirmation_date (return_confirmation_date),
   index i_last_sent_coming_due_email (last_sent_coming_due_email),
   index i_last_reservation_available_email (last_reservation_available_email),
   
   constraint fk_ca_object_checkouts_object_id foreign key (object_id)
      references ca_objects (object_id) on delete restrict on update restrict,
      
   constraint fk_ca_object_checkouts_user_id foreign key (user_id)
      references ca_users (user_id) on delete restrict on update restrict
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_download_log
(
  log_id		      	int unsigned        not null AUTO_INCREMENT,
  log_datetime        	int unsigned        not null,
  user_id             	int unsigned        null,
  ip_addr			  	varchar(39)			null,
  table_num    			tinyint unsigned    not null,
  row_id       			int unsigned        not null,
  representation_id     int unsigned      	null,
  download_source		varchar(40)			null,

  primary key (log_id),

  constraint fk_ca_download_log_user_id foreign key (user_id)
    references ca_users (user_id) on delete restrict on update restrict,

  index i_table_num_row_id (table_num, row_id),
  index i_log_datetime (log_datetime)
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table if not exists ca_ip_bans
(
   ban_id                    int unsigned                   not null AUTO_INCREMENT,
   reason                    varchar(255)                   not null,
   created_on                int unsigned                   not null,
   expires_on                int unsigned                   null,
   details                   text                           not null,
   
   ip_addr		             varchar(39)                    not null,
   
   primary key (ban_id),

   index i_created_on			    (created_on),
   index i_expires_on			    (expires_on),
   index i_ip_addr				    (ip_addr)
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table if not exists ca_representation_transcriptions
(
   transcription_id          int unsigned                   not null AUTO_INCREMENT,
   representation_id         int unsigned                   not null,
   transcription             longtext                       not null,
   created_on                int unsigned                   not null,
   completed_on              int unsigned                   null,
   validated_on              int unsigned                   null,
   is_primary                tinyint unsigned               not null default 0,
   
   ip_addr		             varchar(39)                    not null,
   user_id                   int unsigned                   null,
   
   primary key (transcription_id),

   index i_created_on			    (created_on),
   index i_completed_on      	    (completed_on, is_primary),
   index i_validated_on      	    (validated_on),
   index i_ip_addr				    (ip_addr),
   unique index i_user_id           (user_id, representation_id),
   index i_representation_id        (representation_id),
  
   constraint fk_ca_representation_transcriptions_user_id foreign key (user_id)
      references ca_users (user_id) on delete restrict on update restrict
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

create table ca_user_export_downloads
(
  download_id		    int unsigned        not null AUTO_INCREMENT,
  created_on        	int unsigned        not null,
  generated_on        	int unsigned        null,
  user_id             	int unsigned        null,
  download_type    		varchar(30)	   		not null,
  metadata				longtext			not null,
  status		 		varchar(30)    		not null default 'QUEUED',
  downloaded_on			int unsigned		null,
  error_code            smallint unsigned   not null default 0,
  export_file           blob            not null,

  primary key (download_id),

  constraint fk_ca_export_download_user_id foreign key (user_id)
    references ca_users (user_id) on delete restrict on update restrict,

  index i_user_id (user_id)
) engine=innodb CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

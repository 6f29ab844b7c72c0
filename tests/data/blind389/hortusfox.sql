-- HortusFox (danielbrendel/hortusfox-web; self-hosted collaborative plant-care and gardening app for households,
-- teams and plant shops: plants and their locations, photos, logs and attachments, tasks, inventory, calendar,
-- team chat, users with sessions and e-mail reminders, workspace settings), github.com/danielbrendel/hortusfox-web
-- `app/migrations/*.php` (Asatru PHP migrations, version 5.9), commit db2b545eeb158a2b83fe27f31f3b612a2ae00234
-- (MIT, LICENSE.txt).
-- Each migration's up() builds its table from `$this->database->add('<column definition>')` lines and create(); the
-- table is named after the model class (`UserModel`, as upstream's docker-entrypoint.sh queries it). The column
-- definitions below are upstream's text, unchanged and in upstream order; ENGINE and charset are not set by upstream
-- and are added here. The migrations are upstream's fresh-install schema: UpgradeModule's ALTERs for older installs
-- only add columns that the migrations already hold. Upstream declares no foreign keys and no unique keys.
-- Left out: VersionModel (its migration's up() is empty: no table).

CREATE TABLE `ApiModel` (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  token VARCHAR(512) NOT NULL,
  active BOOLEAN NOT NULL DEFAULT 1,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AppModel` (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  workspace VARCHAR(512) NOT NULL DEFAULT 'My workspace',
  language VARCHAR(512) NOT NULL DEFAULT 'en',
  timezone VARCHAR(512) NULL,
  scroller BOOLEAN NOT NULL DEFAULT 1,
  quick_add BOOLEAN NOT NULL DEFAULT 0,
  tasks_enable BOOLEAN NOT NULL DEFAULT 1,
  inventory_enable BOOLEAN NOT NULL DEFAULT 1,
  calendar_enable BOOLEAN NOT NULL DEFAULT 1,
  chat_enable BOOLEAN NOT NULL DEFAULT 1,
  chat_timelimit INT NOT NULL DEFAULT 5,
  chat_showusers BOOLEAN NOT NULL DEFAULT 1,
  chat_indicator BOOLEAN NOT NULL DEFAULT 1,
  chat_system BOOLEAN NOT NULL DEFAULT 1,
  history_enable BOOLEAN NOT NULL DEFAULT 1,
  history_name VARCHAR(512) NULL DEFAULT 'History',
  enable_media_share BOOLEAN NOT NULL DEFAULT 0,
  custom_media_share_host VARCHAR(1024) NULL,
  cronjob_pw VARCHAR(512) NOT NULL DEFAULT '',
  custom_head_code TEXT NULL DEFAULT '',
  overlay_alpha VARCHAR(512) NULL,
  smtp_enable_auth BOOLEAN NOT NULL DEFAULT 1,
  smtp_fromname VARCHAR(512) NULL,
  smtp_fromaddress VARCHAR(512) NULL,
  smtp_host VARCHAR(512) NULL,
  smtp_port INT NOT NULL DEFAULT 587,
  smtp_username VARCHAR(512) NULL,
  smtp_password VARCHAR(512) NULL,
  smtp_encryption VARCHAR(512) NOT NULL DEFAULT 'tls',
  mail_rp_address VARCHAR(512) NULL,
  pwa_enable BOOLEAN NOT NULL DEFAULT 0,
  owm_enable BOOLEAN NOT NULL DEFAULT 0,
  owm_api_key VARCHAR(512) NULL,
  owm_latitude DECIMAL(10, 8) NULL,
  owm_longitude DECIMAL(11, 8) NULL,
  owm_unittype VARCHAR(512) NOT NULL DEFAULT 'default',
  owm_cache INT NOT NULL DEFAULT 300,
  plantrec_enable BOOLEAN NOT NULL DEFAULT 0,
  plantrec_apikey VARCHAR(512) NULL,
  plantrec_quickscan BOOLEAN NOT NULL DEFAULT 0,
  allow_custom_attributes BOOLEAN NOT NULL DEFAULT 0,
  system_message_plant_log BOOLEAN NOT NULL DEFAULT 1,
  auto_backup BOOLEAN NOT NULL DEFAULT 0,
  backup_path VARCHAR(1024) NULL,
  auth_proxy_enable BOOLEAN NOT NULL DEFAULT 0,
  auth_proxy_header_email VARCHAR(512) NULL,
  auth_proxy_header_username VARCHAR(512) NULL,
  auth_proxy_sign_up BOOLEAN NOT NULL DEFAULT 0,
  auth_proxy_whitelist TEXT NULL,
  auth_proxy_hide_logout BOOLEAN NOT NULL DEFAULT 0,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CacheModel` (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  ident VARCHAR(260) NOT NULL,
  value BLOB NULL,
  updated_at TIMESTAMP,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CalendarClassModel` (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  ident VARCHAR(512) NOT NULL,
  name VARCHAR(512) NOT NULL,
  color_background VARCHAR(512) NOT NULL,
  color_border VARCHAR(512) NOT NULL,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CalendarInformerModel` (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  item INT NOT NULL,
  user INT NOT NULL,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CalendarModel` (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(512) NOT NULL,
  date_from DATETIME NOT NULL,
  date_till DATETIME NOT NULL,
  class_name VARCHAR(512) NOT NULL,
  color_background VARCHAR(512) NOT NULL,
  color_border VARCHAR(512) NOT NULL,
  last_edited_user INT NULL,
  last_edited_date DATETIME NULL,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ChatMsgModel` (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  userId INT NOT NULL,
  message TEXT NOT NULL,
  sysmsg BOOLEAN NOT NULL DEFAULT 0,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ChatViewModel` (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  userId INT NOT NULL,
  messageId INT NOT NULL,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CustAttrSchemaModel` (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  label VARCHAR(512) NOT NULL,
  datatype VARCHAR(512) NOT NULL,
  active BOOLEAN NOT NULL DEFAULT 1,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CustBulkCmdModel` (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  label VARCHAR(512) NOT NULL,
  attribute VARCHAR(512) NOT NULL,
  datatype VARCHAR(512) NOT NULL,
  styles VARCHAR(512) NOT NULL,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CustPlantAttrModel` (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plant INT NOT NULL,
  label VARCHAR(512) NOT NULL,
  datatype VARCHAR(512) NOT NULL,
  content BLOB NULL,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `InvGroupModel` (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  token VARCHAR(512) NOT NULL,
  label VARCHAR(512) NOT NULL,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `InventoryModel` (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(512) NOT NULL,
  group_ident VARCHAR(512) NOT NULL,
  description TEXT NULL,
  tags VARCHAR(512) NULL,
  location VARCHAR(512) NULL,
  photo VARCHAR(512) NULL,
  amount INT NOT NULL DEFAULT 0,
  last_edited_user INT NULL,
  last_edited_date DATETIME NULL,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LocationLogModel` (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  location INT NOT NULL,
  content TEXT NOT NULL,
  updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LocationsModel` (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(512) NOT NULL,
  icon VARCHAR(512) NULL,
  notes TEXT NULL,
  active BOOLEAN NOT NULL DEFAULT 1,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LogModel` (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user INT NOT NULL,
  target VARCHAR(512) NOT NULL,
  property VARCHAR(512) NOT NULL,
  value VARCHAR(1024) NOT NULL,
  link VARCHAR(512) NULL,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PlantAttachmentModel` (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  label VARCHAR(512) NOT NULL,
  file VARCHAR(512) NOT NULL,
  plant INT NOT NULL,
  author INT NOT NULL,
  updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PlantDefAttrModel` (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(512) NOT NULL,
  active BOOLEAN NOT NULL DEFAULT 1,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PlantLogModel` (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plant INT NOT NULL,
  content TEXT NOT NULL,
  updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PlantPhotoModel` (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plant INT NOT NULL,
  author INT NOT NULL,
  thumb VARCHAR(512) NOT NULL,
  original VARCHAR(512) NOT NULL,
  label VARCHAR(512) NOT NULL,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PlantTasksRefModel` (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plant_id INT NOT NULL,
  task_id INT NOT NULL,
  updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PlantsModel` (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(512) NOT NULL,
  scientific_name VARCHAR(512) NULL,
  knowledge_link VARCHAR(512) NULL,
  location INT NOT NULL,
  tags VARCHAR(1024) NOT NULL DEFAULT '',
  photo VARCHAR(512) NOT NULL,
  last_watered DATETIME NULL,
  last_repotted DATETIME NULL,
  last_fertilised DATETIME NULL,
  lifespan VARCHAR(512) NULL,
  hardy BOOLEAN NULL,
  cutting_month INT NULL,
  date_of_purchase DATETIME NULL,
  humidity INT NULL,
  light_level VARCHAR(512) NULL,
  health_state VARCHAR(512) NOT NULL DEFAULT 'in_good_standing',
  notes TEXT NULL,
  history BOOLEAN NOT NULL DEFAULT 0,
  history_date TIMESTAMP NULL,
  last_edited_user INT NULL,
  last_edited_date DATETIME NULL,
  last_photo_date DATETIME NULL,
  clone_num INT NULL,
  clone_origin INT NULL,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SessionModel` (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  userId INT NOT NULL,
  session VARCHAR(512) NOT NULL,
  status BOOLEAN NOT NULL DEFAULT 0,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ShareLogModel` (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  userId INT NOT NULL,
  ident VARCHAR(512) NOT NULL,
  url VARCHAR(512) NOT NULL,
  asset VARCHAR(512) NOT NULL,
  title VARCHAR(512) NOT NULL,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TaskInformerModel` (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  task INT NOT NULL,
  user INT NOT NULL,
  what VARCHAR(512) NOT NULL,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TasksModel` (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title VARCHAR(512) NOT NULL,
  description TEXT NOT NULL,
  due_date TIMESTAMP NULL,
  recurring_time INT NULL,
  recurring_scope VARCHAR(512) NOT NULL DEFAULT 'hours',
  done BOOLEAN NOT NULL DEFAULT 0,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserModel` (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(512) NOT NULL,
  email VARCHAR(512) NOT NULL,
  password VARCHAR(1024) NOT NULL,
  password_reset VARCHAR(1024) NULL,
  admin BOOLEAN NOT NULL DEFAULT 0,
  lang VARCHAR(512) NULL,
  chatcolor VARCHAR(512) NULL,
  notes TEXT NULL,
  theme VARCHAR(512) NULL,
  show_log BOOLEAN NOT NULL DEFAULT 1,
  show_calendar_view BOOLEAN NOT NULL DEFAULT 1,
  show_plants_aoru BOOLEAN NOT NULL DEFAULT 1,
  show_plant_id BOOLEAN NOT NULL DEFAULT 0,
  notify_tasks_overdue BOOLEAN NOT NULL DEFAULT 1,
  notify_tasks_tomorrow BOOLEAN NOT NULL DEFAULT 1,
  notify_tasks_recurring BOOLEAN NOT NULL DEFAULT 1,
  notify_calendar_reminder BOOLEAN NOT NULL DEFAULT 1,
  remember_location_sorting BOOLEAN NOT NULL DEFAULT 0,
  last_seen_msg INT NULL,
  last_typing TIMESTAMP NULL,
  last_seen_sysmsg INT NULL,
  last_action TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

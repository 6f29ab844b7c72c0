-- CoreProtect 24.0 (PlayPro): block, container, item, entity, sign, chat, command and session logging and
-- rollback plugin of Minecraft servers (Bukkit / Spigot / Paper / Folia).
-- Source: github.com/PlayPro/CoreProtect src/main/java/net/coreprotect/database/Database.java,
--   createMySQLTableStructures(), commit b0b14cd27022a5f6b8b26cabe9fcbfefd776906f (Artistic License 2.0).
-- Each "CREATE TABLE IF NOT EXISTS ..." string is written out with the default table prefix `co_` (config
-- `table-prefix`) and the inline index list the method appends; column names, order and types are upstream's
-- (including `y int (3)`); upstream's `PRIMARY KEY(rowid)`, written second in each statement, is moved after the
-- columns (before the index list) so that SQLite accepts it — no column moves. The indexes of createMySQLIndexes() repeat the inline ones and are left out.
-- CoreProtect declares no foreign keys: `user` refers to co_user.rowid, `wid` to co_world.id, `type` to
-- co_material_map.id / co_entity_map.id / co_art_map.id, `entity_spawn_rowid` to co_entity_spawn.rowid.
-- All 21 tables of DATABASE_TABLES are kept.

-- Art map
CREATE TABLE IF NOT EXISTS co_art_map(rowid int NOT NULL AUTO_INCREMENT,id int,art varchar(255), PRIMARY KEY(rowid), INDEX(id)) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4;

-- Block
CREATE TABLE IF NOT EXISTS co_block(rowid bigint NOT NULL AUTO_INCREMENT, time int, user int, wid int, x int, y int, z int, type int, data int, meta mediumblob, blockdata blob, action tinyint, rolled_back tinyint, PRIMARY KEY(rowid), INDEX(wid,x,z,time), INDEX(user,time), INDEX(type,time)) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4;

-- Chat
CREATE TABLE IF NOT EXISTS co_chat(rowid int NOT NULL AUTO_INCREMENT,time int, user int, wid int, x int, y int (3), z int, message varchar(16000), PRIMARY KEY(rowid), INDEX(time), INDEX(user,time), INDEX(wid,x,z,time), INDEX message_prefix_index(message(16))) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4;

-- Command
CREATE TABLE IF NOT EXISTS co_command(rowid int NOT NULL AUTO_INCREMENT,time int, user int, wid int, x int, y int (3), z int, message varchar(16000), PRIMARY KEY(rowid), INDEX(time), INDEX(user,time), INDEX(wid,x,z,time), INDEX message_prefix_index(message(16))) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4;

-- Container
CREATE TABLE IF NOT EXISTS co_container(rowid int NOT NULL AUTO_INCREMENT, time int, user int, wid int, x int, y int, z int, type int, data int, amount int, metadata mediumblob, action tinyint, rolled_back tinyint, PRIMARY KEY(rowid), INDEX(wid,x,z,time), INDEX(user,time), INDEX(type,time)) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4;

-- Entity container
CREATE TABLE IF NOT EXISTS co_entity_container(rowid int NOT NULL AUTO_INCREMENT, time int, user int, entity_spawn_rowid int NOT NULL, wid int, x int, y int, z int, type int, data int, amount int, metadata mediumblob, action tinyint, rolled_back tinyint, PRIMARY KEY(rowid), INDEX(wid,x,z,time), INDEX(entity_spawn_rowid,time), INDEX(user,time), INDEX(type,time)) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4;

-- Entity interaction
CREATE TABLE IF NOT EXISTS co_entity_interaction(rowid int NOT NULL AUTO_INCREMENT, time int, user int, entity_spawn_rowid int NOT NULL, wid int, x int, y int, z int, type int, action tinyint, metadata mediumblob, rolled_back tinyint, PRIMARY KEY(rowid), INDEX(wid,x,z,time), INDEX(entity_spawn_rowid,time), INDEX(user,time), INDEX(type,time), INDEX(action,time)) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4;

-- Item
CREATE TABLE IF NOT EXISTS co_item(rowid int NOT NULL AUTO_INCREMENT, time int, user int, wid int, x int, y int, z int, type int, data mediumblob, amount int, action tinyint, rolled_back tinyint, PRIMARY KEY(rowid), INDEX(wid,x,z,time), INDEX(user,time), INDEX(type,time)) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4;

-- Database lock
CREATE TABLE IF NOT EXISTS co_database_lock(rowid int NOT NULL AUTO_INCREMENT,status tinyint,time int, PRIMARY KEY(rowid)) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4;

-- Entity
CREATE TABLE IF NOT EXISTS co_entity(rowid int NOT NULL AUTO_INCREMENT, time int, data mediumblob, PRIMARY KEY(rowid)) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4;

-- Entity spawn tracking
CREATE TABLE IF NOT EXISTS co_entity_spawn(rowid int NOT NULL AUTO_INCREMENT,time int,block_rowid bigint,kill_rowid int,uuid varchar(36),wid int,current_wid int,origin_x double,origin_y double,origin_z double,x double,y double,z double,yaw float,pitch float,data mediumblob NULL,removed tinyint, PRIMARY KEY(rowid), UNIQUE INDEX(uuid), UNIQUE INDEX entity_spawn_kill_rowid_index(kill_rowid), INDEX(time), INDEX(wid), INDEX(current_wid,x,z)) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4;

-- Entity map
CREATE TABLE IF NOT EXISTS co_entity_map(rowid int NOT NULL AUTO_INCREMENT,id int,entity varchar(255), PRIMARY KEY(rowid), INDEX(id)) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4;

-- Material map
CREATE TABLE IF NOT EXISTS co_material_map(rowid int NOT NULL AUTO_INCREMENT,id int,material varchar(255), PRIMARY KEY(rowid), INDEX(id)) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4;

-- Blockdata map
CREATE TABLE IF NOT EXISTS co_blockdata_map(rowid int NOT NULL AUTO_INCREMENT,id int,data varchar(255), PRIMARY KEY(rowid), INDEX(id)) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4;

-- Session
CREATE TABLE IF NOT EXISTS co_session(rowid int NOT NULL AUTO_INCREMENT,time int, user int, wid int, x int, y int (3), z int, action tinyint, PRIMARY KEY(rowid), INDEX(wid,x,z,time), INDEX(action,time), INDEX(user,time), INDEX(time)) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4;

-- Sign
CREATE TABLE IF NOT EXISTS co_sign(rowid int NOT NULL AUTO_INCREMENT,time int, user int, wid int, x int, y int, z int, action tinyint, color int, color_secondary int, data tinyint, waxed tinyint, face tinyint, line_1 varchar(100), line_2 varchar(100), line_3 varchar(100), line_4 varchar(100), line_5 varchar(100), line_6 varchar(100), line_7 varchar(100), line_8 varchar(100), PRIMARY KEY(rowid), INDEX(wid,x,z,time), INDEX(user,time), INDEX(time), INDEX line_1_prefix_index(line_1(16)), INDEX line_2_prefix_index(line_2(16)), INDEX line_3_prefix_index(line_3(16)), INDEX line_4_prefix_index(line_4(16)), INDEX line_5_prefix_index(line_5(16)), INDEX line_6_prefix_index(line_6(16)), INDEX line_7_prefix_index(line_7(16)), INDEX line_8_prefix_index(line_8(16))) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4;

-- Skull
CREATE TABLE IF NOT EXISTS co_skull(rowid int NOT NULL AUTO_INCREMENT, time int, owner varchar(255), skin text, PRIMARY KEY(rowid)) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4;

-- User
CREATE TABLE IF NOT EXISTS co_user(rowid int NOT NULL AUTO_INCREMENT,time int,user varchar(100),uuid varchar(64), PRIMARY KEY(rowid), INDEX(user), INDEX(uuid)) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4;

-- Username log
CREATE TABLE IF NOT EXISTS co_username_log(rowid int NOT NULL AUTO_INCREMENT,time int,uuid varchar(64),user varchar(100), PRIMARY KEY(rowid), INDEX(uuid,user)) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4;

-- Version
CREATE TABLE IF NOT EXISTS co_version(rowid int NOT NULL AUTO_INCREMENT,time int,version varchar(16), PRIMARY KEY(rowid)) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4;

-- World
CREATE TABLE IF NOT EXISTS co_world(rowid int NOT NULL AUTO_INCREMENT,id int,world varchar(255), PRIMARY KEY(rowid), INDEX(id)) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4;

-- Plan — Player Analytics (AuroraLS3 / plan-player-analytics): player analytics plugin of Minecraft servers and
-- proxies (Spigot / Paper, Sponge, Fabric, BungeeCord, Velocity, Nukkit) with its own web server: players with
-- UUID, name, first seen, per-server registration, join address, geolocation, nicknames, play sessions, kills,
-- ping and world / game-mode times; server TPS; web users, groups, permissions, login cookies and access log;
-- extension data contributed by other plugins.
-- Source: github.com/plan-player-analytics/Plan, commit 6108bc288b8c1ed15566cfde2917a153cbed0290 (LGPL-3.0):
--   Plan/common/src/main/java/com/djrapitops/plan/storage/database/sql/tables/**/*Table.java, createTableSQL(),
--   in the order of storage/database/transactions/init/CreateTablesTransaction.java, written as
--   sql/building/CreateTableBuilder.java renders them for MySQL (Sql.INT = integer, LONG = bigint, BOOL = boolean,
--   DOUBLE = double; every varchar gets "CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci"; a primary key becomes
--   "NOT NULL AUTO_INCREMENT" + "PRIMARY KEY (col)"; foreign keys as declared), followed by the indexes of
--   transactions/init/CreateIndexTransaction.java. The temporary plan_temp_session_id_lookup table of a patch
--   is left out.

CREATE TABLE IF NOT EXISTS plan_servers (id integer NOT NULL AUTO_INCREMENT,uuid varchar(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL UNIQUE,name varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,web_address varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,is_installed boolean NOT NULL DEFAULT 1,is_proxy boolean NOT NULL DEFAULT 0,plan_version varchar(18) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,PRIMARY KEY (id));

CREATE TABLE IF NOT EXISTS plan_users (id integer NOT NULL AUTO_INCREMENT,uuid varchar(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL UNIQUE,registered bigint NOT NULL,name varchar(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,times_kicked integer NOT NULL DEFAULT 0,PRIMARY KEY (id));

CREATE TABLE IF NOT EXISTS plan_user_info (id integer NOT NULL AUTO_INCREMENT,user_id integer NOT NULL,server_id integer NOT NULL,join_address varchar(191) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,registered bigint NOT NULL,opped boolean NOT NULL DEFAULT 0,banned boolean NOT NULL DEFAULT 0,PRIMARY KEY (id),FOREIGN KEY(user_id) REFERENCES plan_users(id),FOREIGN KEY(server_id) REFERENCES plan_servers(id));

CREATE TABLE IF NOT EXISTS plan_geolocations (id integer NOT NULL AUTO_INCREMENT,user_id integer NOT NULL,geolocation varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,last_used bigint NOT NULL DEFAULT 0,PRIMARY KEY (id),FOREIGN KEY(user_id) REFERENCES plan_users(id));

CREATE TABLE IF NOT EXISTS plan_nicknames (id integer NOT NULL AUTO_INCREMENT,uuid varchar(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,nickname varchar(75) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,server_uuid varchar(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,last_used bigint NOT NULL,PRIMARY KEY (id));

CREATE TABLE IF NOT EXISTS plan_join_address (id integer NOT NULL AUTO_INCREMENT,join_address varchar(191) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci UNIQUE,PRIMARY KEY (id));

CREATE TABLE IF NOT EXISTS plan_sessions (id integer NOT NULL AUTO_INCREMENT,user_id integer NOT NULL,server_id integer NOT NULL,session_start bigint NOT NULL,session_end bigint NOT NULL,mob_kills integer NOT NULL,deaths integer NOT NULL,afk_time bigint NOT NULL,join_address_id integer NOT NULL DEFAULT 1,PRIMARY KEY (id),FOREIGN KEY(user_id) REFERENCES plan_users(id),FOREIGN KEY(server_id) REFERENCES plan_servers(id));

CREATE TABLE IF NOT EXISTS plan_kills (id integer NOT NULL AUTO_INCREMENT,killer_uuid varchar(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,victim_uuid varchar(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,server_uuid varchar(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,weapon varchar(30) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,date bigint NOT NULL,session_id integer NOT NULL,PRIMARY KEY (id),FOREIGN KEY(session_id) REFERENCES plan_sessions(id));

CREATE TABLE IF NOT EXISTS plan_ping (id integer NOT NULL AUTO_INCREMENT,user_id integer NOT NULL,server_id integer NOT NULL,date bigint NOT NULL,max_ping integer NOT NULL,min_ping integer NOT NULL,avg_ping double NOT NULL,PRIMARY KEY (id),FOREIGN KEY(user_id) REFERENCES plan_users(id),FOREIGN KEY(server_id) REFERENCES plan_servers(id));

CREATE TABLE IF NOT EXISTS plan_tps (id integer NOT NULL AUTO_INCREMENT,server_id integer NOT NULL,date bigint NOT NULL,tps double NOT NULL,players_online integer NOT NULL,cpu_usage double NOT NULL,ram_usage bigint NOT NULL,entities integer NOT NULL,chunks_loaded integer NOT NULL,free_disk_space bigint NOT NULL,mspt_average double,mspt_95th_percentile double,mspt_jitter_average double,mspt_jitter_max double,PRIMARY KEY (id),FOREIGN KEY(server_id) REFERENCES plan_servers(id));

CREATE TABLE IF NOT EXISTS plan_worlds (id integer NOT NULL AUTO_INCREMENT,world_name varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,server_uuid varchar(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,PRIMARY KEY (id));

CREATE TABLE IF NOT EXISTS plan_world_times (id integer NOT NULL AUTO_INCREMENT,user_id integer NOT NULL,world_id integer NOT NULL,server_id integer NOT NULL,session_id integer NOT NULL,survival_time bigint NOT NULL DEFAULT 0,creative_time bigint NOT NULL DEFAULT 0,adventure_time bigint NOT NULL DEFAULT 0,spectator_time bigint NOT NULL DEFAULT 0,PRIMARY KEY (id),FOREIGN KEY(world_id) REFERENCES plan_worlds(id),FOREIGN KEY(session_id) REFERENCES plan_sessions(id),FOREIGN KEY(user_id) REFERENCES plan_users(id),FOREIGN KEY(server_id) REFERENCES plan_servers(id));

CREATE TABLE IF NOT EXISTS plan_cookies (id integer NOT NULL AUTO_INCREMENT,web_username varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,expires bigint NOT NULL,cookie varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,ip_address varchar(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,PRIMARY KEY (id));

CREATE TABLE IF NOT EXISTS plan_access_log (id integer NOT NULL AUTO_INCREMENT,time bigint NOT NULL,from_ip varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,request_method varchar(8) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,request_uri TEXT NOT NULL,response_code integer,PRIMARY KEY (id));

CREATE TABLE IF NOT EXISTS plan_web_group (id integer NOT NULL AUTO_INCREMENT,group_name varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL UNIQUE,PRIMARY KEY (id));

CREATE TABLE IF NOT EXISTS plan_web_permission (id integer NOT NULL AUTO_INCREMENT,permission varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL UNIQUE,PRIMARY KEY (id));

CREATE TABLE IF NOT EXISTS plan_web_group_to_permission (id integer NOT NULL AUTO_INCREMENT,group_id integer NOT NULL,permission_id integer NOT NULL,PRIMARY KEY (id),FOREIGN KEY(group_id) REFERENCES plan_web_group(id),FOREIGN KEY(permission_id) REFERENCES plan_web_permission(id));

CREATE TABLE IF NOT EXISTS plan_security (id integer NOT NULL AUTO_INCREMENT,username varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL UNIQUE,linked_to_uuid varchar(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT '',salted_pass_hash varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL UNIQUE,group_id integer NOT NULL,PRIMARY KEY (id),FOREIGN KEY(group_id) REFERENCES plan_web_group(id));

CREATE TABLE IF NOT EXISTS plan_web_user_preferences (id integer NOT NULL AUTO_INCREMENT,preferences TEXT NOT NULL,web_user_id integer,PRIMARY KEY (id),FOREIGN KEY(web_user_id) REFERENCES plan_security(id));

CREATE TABLE IF NOT EXISTS plan_plugin_versions (id integer NOT NULL AUTO_INCREMENT,server_id integer NOT NULL,plugin_name varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,version varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,modified bigint NOT NULL DEFAULT 0,PRIMARY KEY (id),FOREIGN KEY(server_id) REFERENCES plan_servers(id));

CREATE TABLE IF NOT EXISTS plan_allowlist_bounce (id integer NOT NULL AUTO_INCREMENT,uuid varchar(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,name varchar(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,server_id integer NOT NULL,times integer NOT NULL DEFAULT 0,last_bounce bigint NOT NULL,PRIMARY KEY (id),FOREIGN KEY(server_id) REFERENCES plan_servers(id));

CREATE TABLE IF NOT EXISTS plan_incomplete_registration (id integer NOT NULL AUTO_INCREMENT,username varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL UNIQUE,salted_password_hash varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,code varchar(12) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL UNIQUE,expiry_time bigint NOT NULL,PRIMARY KEY (id));

CREATE TABLE IF NOT EXISTS plan_extension_icons (id integer NOT NULL AUTO_INCREMENT,name varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT 'question',family varchar(15) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT 'SOLID',color varchar(25) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT 'NONE',PRIMARY KEY (id));

CREATE TABLE IF NOT EXISTS plan_extension_plugins (id integer NOT NULL AUTO_INCREMENT,name varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,last_updated bigint NOT NULL,server_uuid varchar(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,icon_id integer NOT NULL,PRIMARY KEY (id),FOREIGN KEY(icon_id) REFERENCES plan_extension_icons(id));

CREATE TABLE IF NOT EXISTS plan_extension_tabs (id integer NOT NULL AUTO_INCREMENT,name varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,element_order varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT 'VALUES,GRAPH,TABLE',tab_priority integer NOT NULL,plugin_id integer NOT NULL,icon_id integer NOT NULL,PRIMARY KEY (id),FOREIGN KEY(plugin_id) REFERENCES plan_extension_plugins(id),FOREIGN KEY(icon_id) REFERENCES plan_extension_icons(id));

CREATE TABLE IF NOT EXISTS plan_extension_providers (id integer NOT NULL AUTO_INCREMENT,name varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,text varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,description varchar(150) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,priority integer NOT NULL DEFAULT 0,show_in_players_table boolean NOT NULL DEFAULT 0,groupable boolean NOT NULL DEFAULT 0,condition_name varchar(54) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,provided_condition varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,format_type varchar(25) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,hidden boolean NOT NULL DEFAULT 0,player_name boolean NOT NULL DEFAULT 0,plugin_id integer NOT NULL,icon_id integer NOT NULL,tab_id integer,PRIMARY KEY (id),FOREIGN KEY(plugin_id) REFERENCES plan_extension_plugins(id),FOREIGN KEY(icon_id) REFERENCES plan_extension_icons(id),FOREIGN KEY(tab_id) REFERENCES plan_extension_tabs(id));

CREATE TABLE IF NOT EXISTS plan_extension_user_values (id integer NOT NULL AUTO_INCREMENT,boolean_value boolean,double_value double,percentage_value double,long_value bigint,string_value varchar(250) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,component_value varchar(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,group_value varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,uuid varchar(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,provider_id integer NOT NULL,PRIMARY KEY (id),FOREIGN KEY(provider_id) REFERENCES plan_extension_providers(id));

CREATE TABLE IF NOT EXISTS plan_extension_server_values (id integer NOT NULL AUTO_INCREMENT,boolean_value boolean,double_value double,percentage_value double,long_value bigint,string_value varchar(250) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,component_value varchar(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,group_value varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,provider_id integer NOT NULL,PRIMARY KEY (id),FOREIGN KEY(provider_id) REFERENCES plan_extension_providers(id));

CREATE TABLE IF NOT EXISTS plan_extension_tables (id integer NOT NULL AUTO_INCREMENT,name varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,color varchar(25) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT 'NONE',values_for integer DEFAULT 0,condition_name varchar(54) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,col_1_name varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,col_2_name varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,col_3_name varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,col_4_name varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,col_5_name varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,plugin_id integer NOT NULL,icon_1_id integer,icon_2_id integer,icon_3_id integer,icon_4_id integer,icon_5_id integer,format_1 varchar(15) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,format_2 varchar(15) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,format_3 varchar(15) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,format_4 varchar(15) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,format_5 varchar(15) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,tab_id integer,PRIMARY KEY (id),FOREIGN KEY(plugin_id) REFERENCES plan_extension_plugins(id),FOREIGN KEY(icon_1_id) REFERENCES plan_extension_icons(id),FOREIGN KEY(icon_2_id) REFERENCES plan_extension_icons(id),FOREIGN KEY(icon_3_id) REFERENCES plan_extension_icons(id),FOREIGN KEY(icon_4_id) REFERENCES plan_extension_icons(id),FOREIGN KEY(icon_5_id) REFERENCES plan_extension_icons(id),FOREIGN KEY(tab_id) REFERENCES plan_extension_tabs(id));

CREATE TABLE IF NOT EXISTS plan_extension_user_table_values (id integer NOT NULL AUTO_INCREMENT,uuid varchar(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,table_row integer NOT NULL DEFAULT 0,col_1_value varchar(250) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,col_2_value varchar(250) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,col_3_value varchar(250) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,col_4_value varchar(250) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,table_id integer NOT NULL,PRIMARY KEY (id),FOREIGN KEY(table_id) REFERENCES plan_extension_tables(id));

CREATE TABLE IF NOT EXISTS plan_extension_server_table_values (id integer NOT NULL AUTO_INCREMENT,uuid varchar(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,table_row integer NOT NULL DEFAULT 0,col_1_value varchar(250) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,col_2_value varchar(250) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,col_3_value varchar(250) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,col_4_value varchar(250) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,col_5_value varchar(250) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,table_id integer NOT NULL,PRIMARY KEY (id),FOREIGN KEY(table_id) REFERENCES plan_extension_tables(id));

CREATE TABLE IF NOT EXISTS plan_extension_groups (id integer NOT NULL AUTO_INCREMENT,uuid varchar(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,group_name varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,provider_id integer NOT NULL,PRIMARY KEY (id),FOREIGN KEY(provider_id) REFERENCES plan_extension_providers(id));

CREATE INDEX plan_users_uuid_index ON plan_users (uuid);
CREATE INDEX plan_servers_uuid_index ON plan_servers (uuid);
CREATE INDEX plan_sessions_date_index ON plan_sessions (session_start);
CREATE INDEX plan_kills_uuid_index ON plan_kills (killer_uuid,victim_uuid,server_uuid);
CREATE INDEX plan_kills_date_index ON plan_kills (date);
CREATE INDEX plan_ping_date_index ON plan_ping (date);
CREATE INDEX plan_tps_date_index ON plan_tps (date);
CREATE INDEX plan_tps_server_date_index ON plan_tps (server_id,date);
CREATE INDEX plan_session_join_address_index ON plan_sessions (join_address_id);
CREATE INDEX plan_extension_player_table_value_player_index ON plan_extension_user_table_values (table_id,uuid);
CREATE INDEX plan_extension_server_table_value_server_index ON plan_extension_server_table_values (table_id,uuid);
CREATE INDEX plan_user_info_server_user ON plan_user_info (server_id,user_id);
CREATE INDEX plan_sessions_server_time_user ON plan_sessions (server_id,session_start,user_id);
CREATE INDEX plan_sessions_server_end_user ON plan_sessions (server_id,session_end,user_id);
CREATE INDEX plan_sessions_user_end ON plan_sessions (user_id,session_end);
CREATE INDEX plan_session_user_start ON plan_sessions (user_id,session_start);
CREATE INDEX plan_world_times_user_server_world ON plan_world_times (user_id,server_id,world_id);

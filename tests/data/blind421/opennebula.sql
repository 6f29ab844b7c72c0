-- OpenNebula (OpenNebula Systems; private-cloud and edge-cloud manager): the tables that
-- oned creates in its MySQL/MariaDB backend, at commit f847cf2e9a78da302cd0344505f93eadc43a6d28
-- of github.com/OpenNebula/one (Apache-2.0).
-- OpenNebula ships no SQL file: oned bootstraps its database from C++ string constants. The
-- statements below are those constants as written, one per table, in the order of the
-- `bootstrap()` calls in src/nebula/Nebula.cc: src/sql/OneDB.cc (the pools), src/vm/VirtualMachine.cc
-- (vm_pool and its index, vm_monitoring, history, vm_showback), src/sql/LogDB.cc (logdb and its
-- two indexes), include/BitMap.h (the bitmap tables named in src/sql/OneDB.cc `cluster_vnc_bitmap`
-- and include/VirtualNetworkPool.h `network_vlan_bitmap`) and src/nebula/SystemDB.cc
-- (pool_control, db_versioning, local_db_versioning, system_attributes). Nothing is left out.
-- Most object data lives in the XML document of each row's `body` column.

CREATE TABLE IF NOT EXISTS logdb (log_index BIGINT UNSIGNED PRIMARY KEY, term INTEGER, sqlcmd MEDIUMTEXT, timestamp INTEGER, fed_index BIGINT UNSIGNED, applied BOOLEAN);
CREATE INDEX fed_index_idx on logdb (fed_index);
CREATE INDEX applied_idx on logdb (applied);

CREATE TABLE IF NOT EXISTS vm_pool (oid INTEGER PRIMARY KEY, name VARCHAR(128), body MEDIUMTEXT, uid INTEGER, gid INTEGER, state INTEGER, lcm_state INTEGER, resched INTEGER, owner_u INTEGER, group_u INTEGER, other_u INTEGER, short_body MEDIUMTEXT, body_json JSON);
CREATE INDEX state_oid_idx on vm_pool (state, oid);
CREATE TABLE IF NOT EXISTS vm_monitoring (vmid INTEGER, last_poll INTEGER, body MEDIUMTEXT, PRIMARY KEY(vmid, last_poll));
CREATE TABLE IF NOT EXISTS history (vid INTEGER, seq INTEGER, body MEDIUMTEXT, stime INTEGER, etime INTEGER,PRIMARY KEY(vid,seq));
CREATE TABLE IF NOT EXISTS vm_showback (vmid INTEGER, year INTEGER, month INTEGER, body MEDIUMTEXT, PRIMARY KEY(vmid, year, month));

CREATE TABLE IF NOT EXISTS host_pool (   oid INTEGER PRIMARY KEY,    name VARCHAR(128),   body MEDIUMTEXT,   state INTEGER,   uid INTEGER,   gid INTEGER,   owner_u INTEGER,   group_u INTEGER,   other_u INTEGER,   cid INTEGER);
CREATE TABLE IF NOT EXISTS host_monitoring (   hid INTEGER,   last_mon_time INTEGER,   body MEDIUMTEXT,   PRIMARY KEY(hid, last_mon_time));

CREATE TABLE IF NOT EXISTS network_pool (oid INTEGER PRIMARY KEY, name VARCHAR(128), body MEDIUMTEXT, uid INTEGER, gid INTEGER, owner_u INTEGER, group_u INTEGER, other_u INTEGER, pid INTEGER, UNIQUE(name,uid));
CREATE TABLE IF NOT EXISTS network_vlan_bitmap (id INTEGER, map LONGTEXT, PRIMARY KEY(id));

CREATE TABLE IF NOT EXISTS image_pool (oid INTEGER PRIMARY KEY, name VARCHAR(128), body MEDIUMTEXT, uid INTEGER, gid INTEGER, owner_u INTEGER, group_u INTEGER, other_u INTEGER, UNIQUE(name,uid) );
CREATE TABLE IF NOT EXISTS template_pool (oid INTEGER PRIMARY KEY, name VARCHAR(128), body MEDIUMTEXT, uid INTEGER, gid INTEGER, owner_u INTEGER, group_u INTEGER, other_u INTEGER);
CREATE TABLE IF NOT EXISTS datastore_pool (oid INTEGER PRIMARY KEY, name VARCHAR(128), body MEDIUMTEXT, uid INTEGER, gid INTEGER, owner_u INTEGER, group_u INTEGER, other_u INTEGER);

CREATE TABLE IF NOT EXISTS cluster_pool (oid INTEGER PRIMARY KEY, name VARCHAR(128), body MEDIUMTEXT, uid INTEGER, gid INTEGER, owner_u INTEGER, group_u INTEGER, other_u INTEGER, UNIQUE(name));
CREATE TABLE IF NOT EXISTS cluster_datastore_relation (cid INTEGER, oid INTEGER, PRIMARY KEY(cid, oid));
CREATE TABLE IF NOT EXISTS cluster_network_relation (cid INTEGER, oid INTEGER, PRIMARY KEY(cid, oid));
CREATE TABLE IF NOT EXISTS cluster_vnc_bitmap (id INTEGER, map LONGTEXT, PRIMARY KEY(id));

CREATE TABLE IF NOT EXISTS document_pool (oid INTEGER PRIMARY KEY, name VARCHAR(128), body MEDIUMTEXT, type INTEGER, uid INTEGER, gid INTEGER, owner_u INTEGER, group_u INTEGER, other_u INTEGER);
CREATE TABLE IF NOT EXISTS user_quotas (user_oid INTEGER PRIMARY KEY, body MEDIUMTEXT);
CREATE TABLE IF NOT EXISTS group_quotas (group_oid INTEGER PRIMARY KEY, body MEDIUMTEXT);
CREATE TABLE IF NOT EXISTS group_vlans (group_oid INTEGER PRIMARY KEY, body MEDIUMTEXT);
CREATE TABLE IF NOT EXISTS secgroup_pool (oid INTEGER PRIMARY KEY, name VARCHAR(128), body MEDIUMTEXT, uid INTEGER, gid INTEGER, owner_u INTEGER, group_u INTEGER, other_u INTEGER, UNIQUE(name,uid));
CREATE TABLE IF NOT EXISTS vrouter_pool (oid INTEGER PRIMARY KEY, name VARCHAR(128), body MEDIUMTEXT, uid INTEGER, gid INTEGER, owner_u INTEGER, group_u INTEGER, other_u INTEGER);
CREATE TABLE IF NOT EXISTS vmgroup_pool (oid INTEGER PRIMARY KEY, name VARCHAR(128), body MEDIUMTEXT, uid INTEGER, gid INTEGER, owner_u INTEGER, group_u INTEGER, other_u INTEGER, UNIQUE(name,uid));
CREATE TABLE IF NOT EXISTS vn_template_pool (oid INTEGER PRIMARY KEY, name VARCHAR(128), body MEDIUMTEXT, uid INTEGER, gid INTEGER, owner_u INTEGER, group_u INTEGER, other_u INTEGER);
CREATE TABLE IF NOT EXISTS hook_pool (oid INTEGER PRIMARY KEY, name VARCHAR(128), body MEDIUMTEXT, uid INTEGER,gid INTEGER, owner_u INTEGER, group_u INTEGER, other_u INTEGER, type INTEGER);
CREATE TABLE IF NOT EXISTS hook_log (hkid INTEGER, exeid INTEGER, timestamp INTEGER, rc INTEGER, body MEDIUMTEXT,PRIMARY KEY(hkid, exeid));
CREATE TABLE IF NOT EXISTS backupjob_pool (   oid INTEGER PRIMARY KEY,   name VARCHAR(128),   body MEDIUMTEXT,   uid INTEGER,   gid INTEGER,   owner_u INTEGER,   group_u INTEGER,   other_u INTEGER,   priority INTEGER,   outdated_vms INTEGER);
CREATE TABLE IF NOT EXISTS schedaction_pool (   oid INTEGER PRIMARY KEY,   parent_id INTEGER,   type VARCHAR(128),   body MEDIUMTEXT,   time INTEGER,   done INTEGER);
CREATE TABLE IF NOT EXISTS plan_pool (   cid INTEGER PRIMARY KEY,   state INTEGER,   body MEDIUMTEXT);

CREATE TABLE pool_control (tablename VARCHAR(32) PRIMARY KEY, last_oid BIGINT UNSIGNED);
CREATE TABLE local_db_versioning (oid INTEGER PRIMARY KEY, version VARCHAR(256), timestamp INTEGER, comment VARCHAR(256), is_slave BOOLEAN);
CREATE TABLE IF NOT EXISTS system_attributes (name VARCHAR(128) PRIMARY KEY, body MEDIUMTEXT);

CREATE TABLE IF NOT EXISTS group_pool (oid INTEGER PRIMARY KEY, name VARCHAR(128), body MEDIUMTEXT, uid INTEGER, gid INTEGER, owner_u INTEGER, group_u INTEGER, other_u INTEGER, UNIQUE(name));
CREATE TABLE IF NOT EXISTS user_pool (oid INTEGER PRIMARY KEY, name VARCHAR(128), body MEDIUMTEXT, uid INTEGER, gid INTEGER, owner_u INTEGER, group_u INTEGER, other_u INTEGER, UNIQUE(name));
CREATE TABLE IF NOT EXISTS acl (oid INT PRIMARY KEY, userset BIGINT, resource BIGINT, rights BIGINT, zone BIGINT, UNIQUE(userset, resource, rights, zone));
CREATE TABLE IF NOT EXISTS zone_pool (oid INTEGER PRIMARY KEY, name VARCHAR(128), body MEDIUMTEXT, uid INTEGER, gid INTEGER, owner_u INTEGER, group_u INTEGER, other_u INTEGER, UNIQUE(name));
CREATE TABLE IF NOT EXISTS vdc_pool (oid INTEGER PRIMARY KEY, name VARCHAR(128), body MEDIUMTEXT, uid INTEGER, gid INTEGER, owner_u INTEGER, group_u INTEGER, other_u INTEGER, UNIQUE(name));
CREATE TABLE IF NOT EXISTS marketplace_pool (oid INTEGER PRIMARY KEY, name VARCHAR(128), body MEDIUMTEXT, uid INTEGER, gid INTEGER, owner_u INTEGER, group_u INTEGER, other_u INTEGER);
CREATE TABLE IF NOT EXISTS marketplaceapp_pool (oid INTEGER PRIMARY KEY, name VARCHAR(128), body MEDIUMTEXT, uid INTEGER, gid INTEGER, owner_u INTEGER, group_u INTEGER, other_u INTEGER, UNIQUE(name,uid));

CREATE TABLE db_versioning (oid INTEGER PRIMARY KEY, version VARCHAR(256), timestamp INTEGER, comment VARCHAR(256));

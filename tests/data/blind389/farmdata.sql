-- FARMDATA 1.6 (Dickinson College Farm, Tim Wahls; web-based farm record keeping for diversified vegetable farms:
-- fields and greenhouse, crops, greenhouse seeding, direct planting and transplanting, harvests, labour, notes
-- with photos, tillage and tractors, cover crops, compost piles, fertilising, tractor and backpack spraying, insect,
-- weed and disease scouting, irrigation and pump logs, seed ordering and inventory, harvest lists, packing,
-- distribution and sales invoices to sales targets, users), github.com/DickinsonCollege/FarmData
-- `FARMDATA1.6/tables/userTables.txt` (the users database) + `FARMDATA1.6/tables/baseTables.txt` +
-- `FARMDATA1.6/tables/dfTables.txt` (the farm information database), as `FARMDATA1.6/install.sh` sources them,
-- commit 5acc85fe511c2aa7204484b94afa1fa372735b18 (GPL-3.0, GPL3.0 / gpl-3.0.txt).
-- Upstream's MySQL text is kept as it stands (column names, types, order, keys); only the seed-data INSERTs, the two
-- views `unionPackDistribution`, `inventory` and the view `laborview` are left out, `ENGINE='INNODB'` spellings
-- are written `ENGINE=InnoDB`, and the prefix index `varieties(100)` of gh_seeding's unique key is kept as upstream
-- wrote it.
-- The two databases are written into one file. Both have a table `users`: the users database's (username, password
-- hash, farm database, admin, active — the login) is kept; the farm database's own `users` (username, admin,
-- active: the same people's per-farm flags) is left out because of the name clash.

create table farms (
  dbase varchar(30) not null,
  passwd varchar(30) not null,
  dbuser varchar(30) not null,
  primary key(dbase)) ENGINE=InnoDB;

create table users (
  username varchar(50) not null,
  passwd varchar(130) not null,
  dbase varchar(30) not null,
  admin tinyint(1) default 0,
  active tinyint(1) default 1,
  primary key(username),
  foreign key(dbase) references farms(dbase)) ENGINE=InnoDB;

create table task(task varchar(30) primary key) ENGINE=InnoDB;

create table field_GH(
   fieldID varchar(30) primary key,
   size float  not null, 
   numberOfBeds float, 
   length float,
   active tinyint(1) default 1)
ENGINE=InnoDB;

create table plant(
   crop varchar(30) primary key,
   units varchar(30) not null,
   units_per_case float default 2,
   dh_units varchar(30) not null,
   active tinyint(1) default 1)
ENGINE=InnoDB;

create table labor(
   id int NOT NULL AUTO_INCREMENT primary key, 
   username varchar(50) not null, 
   ldate date not null,
   crop varchar(30) not null,
   fieldID varchar(30) not null,
   task varchar(30) not null,
   hours float not null default 0,
   comments text,
   foreign key(task) references task(task) on update cascade)
 ENGINE=InnoDB;

create table flat (
   cells int primary key) 
ENGINE=InnoDB;

create table transferred_to(       
   username varchar(50),
   fieldID varchar(30),
   crop varchar(30),
   seedDate date,
   transdate date not null,
   bedft float not null,
   comments text,
   rowsBed int, 
   hours float not null default 0,
   flats float,
   gen int default 1,
   id int NOT NULL AUTO_INCREMENT,
   annual tinyint(1) default 1,
   lastHarvest date not null,
   foreign key(fieldID) references field_GH(fieldID) on update cascade,
   foreign key(crop) references plant(crop)on update cascade, 
   primary key(id))
 ENGINE=InnoDB;

create table dir_planted(
   username varchar(50),
   plantdate date not null,
   crop varchar(30),
   fieldID varchar(30),
   bedft float not null,
   comments text,
   id int NOT NULL AUTO_INCREMENT,
   rowsBed int,
   hours float not null default 0,
   gen int default 1,
   annual tinyint(1) default 1,
   lastHarvest date not null,
   foreign key(fieldID) references field_GH(fieldID) on update cascade,
   foreign key(crop) references plant(crop) on update cascade,
   primary key(id))
ENGINE=InnoDB;

create table harvested(
    username varchar(50),
    hardate date,
    crop varchar(30),
    fieldID varchar(30),
    yield float not null, 
    comments text, 
    id int NOT NULL AUTO_INCREMENT, 
    hours float not null default 0,
    unit varchar(30) not null,
    gen int default 1,
    foreign key(fieldID) references field_GH(fieldID)on update cascade,
    foreign key(crop) references plant(crop) on update cascade,
    primary key(id))
ENGINE=InnoDB;

create table comments(
   username varchar(50),
   comDate date not null,
   comments text,
   filename varchar(200) default null,
   id int auto_increment primary key) ENGINE=InnoDB;

create table gh_seeding(
   username varchar(50),
   crop varchar(30),
   seedDate date,
   flats float,
   cellsFlat int,
   gen int default 1,
   numseeds_planted int not null,
   comments text,
   varieties text,
   id int NOT NULL AUTO_INCREMENT,
   primary key(id),unique(crop, seedDate, varieties(100)),
   foreign key(cellsFlat) references flat(cells) on update cascade,
   foreign key(crop) references plant(crop) on update cascade)
ENGINE=InnoDB;

create table extUnits (
   unit varchar(30) primary key) ENGINE=InnoDB;

create table config(
 notes tinyint(1) default 1,
 labor tinyint(1) default 1,
 seed_order tinyint(1) default 1,
 harvlist tinyint(1) default 1,
 soil tinyint(1) default 1,
 fertility tinyint(1) default 1,
 cover tinyint(1) default 1,
 compost tinyint(1) default 1,
 fertilizer tinyint(1) default 1,
 liquidfertilizer tinyint(1) default 1,
 dryfertilizer tinyint(1) default 1,
 tillage tinyint(1) default 1,
 spraying tinyint(1) default 1,
 backspray tinyint(1) default 1,
 tractorspray tinyint(1) default 1,
 scouting tinyint(1) default 1,
 insect tinyint(1) default 1,
 weed tinyint(1) default 1,
 disease tinyint(1) default 1,
 irrigation tinyint(1) default 1,
 pump tinyint(1) default 1,
 sales tinyint(1) default 1,
 sales_packing tinyint(1) default 1,
 sales_invoice tinyint(1) default 1,
 bedft tinyint(1) default 1,
 gens tinyint(1) default 1,
 num_top int,
 num_harvest int,
 num_soil int,
 num_fertility int,
 num_fertilizer int,
 num_spray int,
 num_scout int,
 num_admin int,
 num_add int,
 num_add_crop int,
 num_add_equip int,
 num_add_soil int,
 num_add_species int,
 num_add_other int,
 num_edit int,
 num_edit_soil int,
 num_edit_soil_fertility int,
 num_edit_soil_material int,
 num_edit_other int,
 num_view_graphs int,
 num_sales int,
 num_add_sales int,
 num_edit_sales int,
 farmname varchar(255) default '',
 farmemail varchar(100) default '',
 sig text 
) ENGINE=InnoDB;

create table tools(tool_name varchar(30) primary key, type varchar(30)) ENGINE=InnoDB;

create table harvestList(
   id int NOT NULL AUTO_INCREMENT,
   harDate date,
   comment text, 
   primary key(id)) ENGINE=InnoDB;

create table targets (
   targetName varchar(30) primary key,
   prefix varchar(20),
   nextNum int default 1,
   active tinyint(1) default 1) ENGINE=InnoDB;

create table targetEmail (
   email varchar(50),
   target varchar(30),
   foreign key (target) references targets(targetName) on update cascade)
   ENGINE=InnoDB;

create table harvestListItem(
  id int not null,
  crop varchar(30),
  amt float not null,
  units varchar(30),
  fieldID varchar(30),
  target varchar(30) not null,
  primary key(id, crop, target),
  foreign key(id) references harvestList(id) on update cascade,
  foreign key(target) references targets(targetName) on update cascade,
  foreign key(crop) references plant(crop) on update cascade) ENGINE=InnoDB;

create table tractor(
   tractorName varchar(30) primary key, active tinyint(1) default 1) ENGINE=InnoDB;

create table compost_material(
   compostID varchar(30) primary key, 
   compostName text, units text, 
   descr text) ENGINE=InnoDB;

create table compost_pile(
   pileID varchar(30) primary key,
   comments text,
   active tinyint(1) default 1) ENGINE=InnoDB;

create table compost_materials (materialName varchar(30) PRIMARY KEY)
ENGINE=InnoDB;

create table compost_activities (activityName varchar(30) PRIMARY KEY)
ENGINE=InnoDB;

create table compost_unit (unit varchar(30) PRIMARY KEY)
ENGINE=InnoDB;

create table compost_units (
   material varchar(30),
   unit varchar(30),
   pounds float,
   cubicYards float,
   id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
   foreign key (material) references compost_materials(materialName) on update cascade)
ENGINE=InnoDB;

create table compost_accumulation (
   accDate date,
   pileID varchar(30) NOT NULL,
   material varchar(30),
   pounds float,
   cubicyards float,
   comments text,
   id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
   foreign key (pileID) references compost_pile(pileID) on update cascade,
   foreign key (material) references compost_materials(materialName) on update cascade)
 ENGINE=InnoDB;

create table compost_activity (
   actDate date,
   pileID varchar(30) NOT NULL,
   activity varchar(30),
   comments text,
   id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
   foreign key (pileID) references compost_pile(pileID) on update cascade,
  foreign key (activity) references compost_activities (activityName) on update cascade)
ENGINE=InnoDB;

create table compost_temperature (
   tmpDate date,
   pileID varchar(30) NOT NULL,
   temperature float,
   numReadings int,
   comments text,
   id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
   foreign key (pileID) references compost_pile(pileID) on update cascade)
ENGINE=InnoDB;

create table units(
   crop varchar(30), 
   default_unit varchar(30) not null,
   unit varchar(30) not null,
   conversion float not null,
   foreign key(crop) references plant(crop) on update cascade,
   primary key(crop,default_unit,unit))ENGINE=InnoDB;

create table product(
   product varchar(30),
   unit varchar(30),
   units_per_case float,
   dh_units varchar(30) not null,
   active tinyint(1) default 1,
   primary key(product))
 ENGINE=InnoDB;

create table invoice_master(
        invoice_no int  AUTO_INCREMENT,
        invoice_id varchar(30) not null,
        salesDate date,
        approved_by varchar(30),
        target varchar(30) not null, 
        comments text,
        foreign key (target) references targets(targetName) on update cascade, 
        unique(invoice_id),
        primary key(invoice_no)) ENGINE=InnoDB;

create table invoice_entry(
        invoice_no int,
        product varchar(30),
        cases double,
        price_case double,
        foreign key(invoice_no) references invoice_master(invoice_no)) 
            ENGINE=InnoDB;

create table email(
   username varchar(50) primary key) ENGINE=InnoDB;

create table coverCrop(
   crop varchar(30) primary key,
   drillRateMin int,
   drillRateMax int,
   brcstRateMin int,
   brcstRateMax int,
   legume int, 
   active tinyint(1) default 1) ENGINE=InnoDB;

create table seedingMethod(
   seed_method varchar(30) primary key) ENGINE=InnoDB;

create table coverSeed_master(
   id int NOT NULL AUTO_INCREMENT primary key, 
   seed_method varchar(30),
   incorp_tool varchar(30),
   comments text,
   seedDate date,
   fieldID varchar(30),
   area_seeded float not null, 
   foreign key(fieldID) references field_GH(fieldID) on update cascade,
   foreign key(incorp_tool) references tools(tool_name) on update cascade,
   foreign key(seed_method) references seedingMethod(seed_method)
            on update cascade
   ) ENGINE=InnoDB;

create table coverSeed(
   crop varchar(30),
   seedRate float,
   num_pounds float,
   id int, 
   foreign key(crop) references coverCrop(crop) on update cascade,
   foreign key(id) references coverSeed_master(id)
   ) ENGINE=InnoDB;

create table coverKill_master(
   id int auto_increment primary key,
   killDate date,
   seedDate date,
   incorpTool varchar(30),
   totalBiomass float,
   comments text,
   fieldID varchar(30),
   foreign key(fieldID) references field_GH(fieldID) on update cascade,
   foreign key(incorpTool) references tools(tool_name) on update cascade
) ENGINE=InnoDB;

create table coverKill(
   id int,
   seedDate date,
   coverCrop varchar(30), 
   foreign key(coverCrop) references coverCrop(crop) on update cascade,
        foreign key(id) references coverKill_master(id)
   ) ENGINE=InnoDB;

create table tSprayMaster(
   id int auto_increment primary key,
   sprayDate date,
   noField int,
   noMaterial int,
   waterPerAcre int,
   comment text,
   user varchar(50),
   complete tinyint(1) default 1,
   initials varchar(8) default ''
) ENGINE=InnoDB;

create table tSprayField(
   id int,
   fieldID varchar(30),
   numOfBed int,
   crops text,
   foreign key(id) references tSprayMaster(id),
   foreign key(fieldID) references field_GH(fieldID) on update cascade
)ENGINE=InnoDB;

create table tSprayMaterials(
   sprayMaterial varchar(30) primary key, 
   TRateUnits varchar(30), 
   TRateMin float,TRateMax float, 
   TRateDefault float, BRateUnits varchar(30),
   BRateMin float,BRateMax float, 
   BRateDefault float, REI_HRS varchar(20), 
   PPE varchar(30), 
   active tinyint(1) default 1)ENGINE=InnoDB;

create table tSprayWater(
   id int,
   material varchar(30),
   rate float,
   actualTotalAmount float,
   foreign key(id) references tSprayMaster(id),
   foreign key(material) references tSprayMaterials(sprayMaterial) on update cascade
)ENGINE=InnoDB;

create table pest(
   pestName varchar(30) primary key) ENGINE=InnoDB;

create table pestScout(
   id int auto_increment primary key,
   sDate date,
   crops text,
   fieldID varchar(30),
   pest varchar(30),
   avgCount float,
   comments text,
   hours float default 0,
   filename varchar(200) default null,
   foreign key(pest) references pest(pestName) on update cascade,
   foreign key (fieldID) references field_GH(fieldID) on update cascade) ENGINE=InnoDB;

create table bspray(
   sprayDate date,fieldID varchar(30),water float NOT NULL, 
   materialSprayed varchar(30), rate float NOT NULL, totalMaterial float NOT NULL,
   mixedWith varchar(30), crops text, comments text, id int auto_increment primary key,
   foreign key (fieldID) references field_GH(fieldID) on update cascade,
   foreign key (materialSprayed) references tSprayMaterials(sprayMaterial) on update cascade
) ENGINE=InnoDB;

create table weed(
   weedName varchar(30) primary key) ENGINE=InnoDB;

create table weedScout(
   sDate date,
   fieldID varchar(30),
   weed varchar(30),
   infestLevel int,
   goneToSeed int,
   comments text, 
   hours float default 0,
   id int NOT NULL AUTO_INCREMENT primary key,
   filename varchar(200) default null,
   foreign key(weed) references weed(weedName) on update cascade,
   foreign key(fieldID) references field_GH(fieldID) on update cascade,
   unique(sDate,fieldID,weed))
 ENGINE=InnoDB;

create table tillage(
   tractorName varchar(30),
   fieldID varchar(30),
   tilldate date,
   tool varchar(30),
   num_passes int,
   comment text,
   minutes int,
   percent_filled float not null,
   id int not null AUTO_INCREMENT,
   foreign key(tractorName) references tractor(tractorName) on update cascade,
   foreign key (fieldID) references field_GH(fieldID) on update cascade,
   UNIQUE(fieldID,tilldate,tool),
   primary key(id))
 ENGINE=InnoDB;

create table fertilizerReference(
    fertilizerName varchar(30) primary key,
    active tinyint(1) default 1)ENGINE=InnoDB;

create table liquidFertilizerReference(
   fertilizerName varchar(30) primary key,
   active tinyint(1) default 1) ENGINE=InnoDB;

create table fertilizer(
   id int NOT NULL AUTO_INCREMENT primary key,
   username varchar(50),
   inputDate date,
   fieldID varchar(30),
   fertilizer varchar(30),
   crops text, rate float not null,
   numBeds int not null,
   totalApply float not null,
   comments text,
   hours float default 0,
   foreign key(fieldID) references field_GH(fieldId) on update cascade,
   foreign key(fertilizer) references fertilizerReference(fertilizerName) on update cascade
   ) ENGINE=InnoDB;

create table liquid_fertilizer(
   id int NOT NULL AUTO_INCREMENT primary key,
   fieldID varchar(30),
   username varchar(50),
   inputDate date,
   fertilizer varchar(30),
   quantity float,
   dripRows int(11),
   unit varchar(30),
   comments varchar(30),
   hours float default 0,
   foreign key(fieldID) references field_GH(fieldId) on update cascade,
   foreign key(fertilizer) references liquidFertilizerReference(fertilizerName) on update cascade
   ) ENGINE=InnoDB;

create table stage(
   stage varchar(30) primary key) ENGINE=InnoDB;

create table disease (
   diseaseName varchar(30) primary key) ENGINE=InnoDB;

create table diseaseScout(
   sDate date,
   fieldID varchar(30),
   crops text,
   disease varchar(30),
   infest int,
   stage varchar(30),
   comments text,
   hours float default 0,
   id int NOT NULL AUTO_INCREMENT primary key,
   filename varchar(200) default null,
   foreign key(fieldID) references field_GH(fieldID) on update cascade,
   foreign key(disease) references disease(diseaseName) on update cascade,
   foreign key(stage) references stage(stage) on update cascade) ENGINE=InnoDB;

create table pack (
   packDate date, 
   crop_product varchar(30), 
   grade int(1),
   amount float,
   unit varchar(30),
   comments text,
   bringBack tinyint(1), 
   Target varchar(30),
   id int NOT NULL AUTO_INCREMENT primary key,
   foreign key(Target) references targets(targetName) on update cascade
) ENGINE=InnoDB;

create table distribution (
   distDate date, 
   crop_product varchar(30), 
   grade int(1), 
   target varchar(30), 
   amount float, 
   unit varchar(30), 
   pricePerUnit double default 0,
   comments text, 
   id int NOT NULL AUTO_INCREMENT primary key,
   foreign key(target) references targets(targetName) on update cascade
) ENGINE=InnoDB;

create table correct (
   id int auto_increment not null,
   correctDate date,
   crop_product varchar(30),
   grade int,
   amount float,
   unit varchar(30),
   primary key (id)
) ENGINE=InnoDB;

create table irrigation_device(
   id int primary key not null auto_increment,
   irrigation_device varchar(30) not null,
   unique(irrigation_device)
) ENGINE=InnoDB;

create table pump_master (
   id int NOT NULL AUTO_INCREMENT primary key,
   pumpDate date,
   valve_open text,
   driveHZ float,
   outlet_psi int,
   pump_kwh float,
   solar_kwh float,
   comment text,
   rain float,
   run_time int)
ENGINE=InnoDB;

create table pump_field ( 
   id int not null, 
   fieldID varchar(30) not null,
   irr_device varchar(30) not null,
   elapsed_time int, 
   foreign key (id) references pump_master(id) on delete cascade on update cascade, 
   foreign key (irr_device) references irrigation_device(irrigation_device) on update cascade) ENGINE=InnoDB;

create table field_irrigation(
   fieldID varchar(30) not null,
   elapsed_time int not null,
   irr_device varchar(30),
   start_time int,
   constraint foreign key (fieldID) references field_GH(fieldID) on update
cascade,
   constraint foreign key (irr_device) references
irrigation_device(irrigation_device) on update cascade) ENGINE=InnoDB;

CREATE TABLE pump_log_temp (
  pumpDate date NOT NULL,
  valve_open text,
  driveHZ float NOT NULL,
  outlet_psi int(11) NOT NULL,
  pump_kwh float NOT NULL,
  solar_kwh float NOT NULL,
  comment text,
  start_time int
) ENGINE=InnoDB;

CREATE TABLE utilized_on (
  util_date date NOT NULL,
  fieldID varchar(30) NOT NULL,
  incorpTool varchar(30) NOT NULL,
  pileID varchar(30) NOT NULL,
  tperacre float,
  incorpTiming varchar(30),
  fieldSpread float,
  comments text,
  id int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (id),
  UNIQUE util_date (util_date,fieldID,incorpTool,pileID),
   FOREIGN KEY (incorpTool) REFERENCES tools (tool_name) ON UPDATE CASCADE,
   FOREIGN KEY (fieldID) REFERENCES field_GH (fieldID) ON UPDATE CASCADE,
   FOREIGN KEY (pileID) REFERENCES compost_pile (pileID) ON UPDATE CASCADE
) ENGINE=InnoDB;

create table seedInfo (
   crop varchar(30) not null primary key,
   seedsGram float,
   seedsRowFt float,
   defUnit varchar(10),
   foreign key (crop) references plant(crop) on update cascade)
   ENGINE=InnoDB;

create table coverSeedInfo (
   crop varchar(30) not null primary key,
   rate float,
   foreign key (crop) references coverCrop(crop) on update cascade)
ENGINE=InnoDB;

create table coverToOrder (
   crop varchar(30) not null,
   year int,
   acres float default 0,
   nextNum int not null default 1,
   primary key (crop, year),
   foreign key (crop) references coverCrop(crop) on update cascade)
ENGINE=InnoDB;

create table variety (
   crop varchar(30) not null,
   variety varchar(50) not null,
   primary key (crop, variety),
   foreign key (crop) references plant(crop) on update cascade)
   ENGINE=InnoDB;

create table coverVariety (
   crop varchar(30) not null,
   variety varchar(50) not null,
   primary key (crop, variety),
   foreign key (crop) references coverCrop(crop) on update cascade)
   ENGINE=InnoDB;

create table source (
   source varchar(50) not null primary key) ENGINE=InnoDB;

create table toOrder (
   crop varchar(30) not null,
   year int not null,
   rowFt float not null default 0,
   nextNum int not null default 1,
   foreign key (crop) references plant(crop) on update cascade)
   ENGINE=InnoDB;

create table orderItem (
   crop varchar(30) not null,
   variety varchar(50) not null,
   year int not null,
   source varchar(50) not null,
   catalogOrder varchar(30),
   organic tinyint(1) default 1,
   catalogUnit varchar(30),
   price float,
   unitsPerCatUnit real,
   catUnitsOrdered int,
   status varchar(10) default 'PENDING',
   source1 varchar(50),
   sdate1 date,
   source2 varchar(50),
   sdate2 date,
   source3 varchar(50),
   sdate3 date,
   id int not null,
   foreign key (crop) references plant(crop) on update cascade)
   ENGINE=InnoDB;

create table coverOrderItem (
   crop varchar(30) not null,
   variety varchar(50) not null,
   year int not null,
   source varchar(50) not null,
   catalogOrder varchar(30),
   organic tinyint(1) default 1,
   catalogUnit varchar(30),
   price float,
   unitsPerCatUnit real,
   catUnitsOrdered int,
   status varchar(10) default 'PENDING',
   source1 varchar(50),
   sdate1 date,
   source2 varchar(50),
   sdate2 date,
   source3 varchar(50),
   sdate3 date,
   id int not null,
   foreign key (crop) references coverCrop(crop) on update cascade)
   ENGINE=InnoDB;

create table seedInventory (
   crop varchar(30) not null,
   variety varchar(50) not null,
   year int not null,
   code varchar(20) not null,
   rowFt float not null default 0,
   inInventory float not null default 0,
   foreign key(crop) references plant(crop) on update cascade)
   ENGINE=InnoDB;

create table coverSeedInventory (
   crop varchar(30) not null,
   variety varchar(50) not null,
   year int not null,
   code varchar(20) not null,
   acres float not null default 0,
   inInventory float not null default 0,
   foreign key(crop) references coverCrop(crop) on update cascade)
   ENGINE=InnoDB;

-- OptaWeb Employee Rostering (Kie / OptaPlanner), Quarkus backend.
-- github.com/kiegroup/optaweb-employee-rostering, commit 1f42a9bd650237ba1a2d664000ace837a751e836 (Apache-2.0):
-- JPA entities in optaweb-employee-rostering-backend/src/main/java/org/optaweb/employeerostering/domain/*/*.java
-- written as the MySQL DDL Hibernate generates for them (hibernate-orm.database.generation): Quarkus's
-- CamelCaseToUnderscoresNamingStrategy (snake_case names), @MappedSuperclass AbstractPersistable columns
-- (id, tenant_id, version) first, then the entity's properties in Hibernate's alphabetical order; enums are
-- ordinal integers, OptaPlanner scores (HardMediumSoftLongScore converter) and ZoneId are varchar(255),
-- OffsetDateTime is datetime(6); GenerationType.AUTO gives hibernate_sequence. All entities kept.

CREATE TABLE hibernate_sequence (
  next_val bigint DEFAULT NULL
) ENGINE=InnoDB;

CREATE TABLE tenant (
  id int NOT NULL,
  name varchar(120) NOT NULL,
  version bigint DEFAULT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY UK_tenant_name (name)
) ENGINE=InnoDB;

CREATE TABLE roster_constraint_configuration (
  id bigint NOT NULL,
  tenant_id int NOT NULL,
  version bigint DEFAULT NULL,
  assign_every_shift varchar(255) DEFAULT NULL,
  break_between_non_consecutive_shifts_at_least10hours varchar(255) DEFAULT NULL,
  contract_maximum_daily_minutes varchar(255) DEFAULT NULL,
  contract_maximum_monthly_minutes varchar(255) DEFAULT NULL,
  contract_maximum_weekly_minutes varchar(255) DEFAULT NULL,
  contract_maximum_yearly_minutes varchar(255) DEFAULT NULL,
  desired_time_slot varchar(255) DEFAULT NULL,
  no_more_than2consecutive_shifts varchar(255) DEFAULT NULL,
  no_overlapping_shifts varchar(255) DEFAULT NULL,
  not_original_employee varchar(255) DEFAULT NULL,
  not_rotation_employee varchar(255) DEFAULT NULL,
  required_skill varchar(255) DEFAULT NULL,
  unavailable_time_slot varchar(255) DEFAULT NULL,
  undesired_time_slot varchar(255) DEFAULT NULL,
  week_start_day int NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB;

CREATE TABLE roster_state (
  id bigint NOT NULL,
  tenant_id int NOT NULL,
  version bigint DEFAULT NULL,
  draft_length int NOT NULL,
  first_draft_date date NOT NULL,
  last_historic_date date NOT NULL,
  publish_length int NOT NULL,
  publish_notice int NOT NULL,
  rotation_length int NOT NULL,
  time_zone varchar(255) NOT NULL,
  unplanned_rotation_offset int NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT FK_roster_state_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB;

CREATE TABLE skill (
  id bigint NOT NULL,
  tenant_id int NOT NULL,
  version bigint DEFAULT NULL,
  name varchar(120) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY UK_skill_tenant_name (tenant_id, name)
) ENGINE=InnoDB;

CREATE TABLE contract (
  id bigint NOT NULL,
  tenant_id int NOT NULL,
  version bigint DEFAULT NULL,
  maximum_minutes_per_day int DEFAULT NULL,
  maximum_minutes_per_month int DEFAULT NULL,
  maximum_minutes_per_week int DEFAULT NULL,
  maximum_minutes_per_year int DEFAULT NULL,
  name varchar(120) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY UK_contract_tenant_name (tenant_id, name),
  UNIQUE KEY UK_contract_id (id)
) ENGINE=InnoDB;

CREATE TABLE spot (
  id bigint NOT NULL,
  tenant_id int NOT NULL,
  version bigint DEFAULT NULL,
  name varchar(120) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY UK_spot_tenant_name (tenant_id, name),
  UNIQUE KEY UK_spot_id (id)
) ENGINE=InnoDB;

CREATE TABLE spot_required_skill_set (
  spot_id bigint NOT NULL,
  skill_id bigint NOT NULL,
  PRIMARY KEY (spot_id, skill_id),
  CONSTRAINT FK_srss_skill FOREIGN KEY (skill_id) REFERENCES skill (id),
  CONSTRAINT FK_srss_spot FOREIGN KEY (spot_id) REFERENCES spot (id)
) ENGINE=InnoDB;

CREATE TABLE employee (
  id bigint NOT NULL,
  tenant_id int NOT NULL,
  version bigint DEFAULT NULL,
  color varchar(7) NOT NULL,
  name varchar(120) NOT NULL,
  short_id varchar(3) NOT NULL,
  contract_id bigint NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY UK_employee_tenant_name (tenant_id, name),
  CONSTRAINT FK_employee_contract FOREIGN KEY (contract_id) REFERENCES contract (id)
) ENGINE=InnoDB;

CREATE TABLE employee_skill_proficiency_set (
  employee_id bigint NOT NULL,
  skill_id bigint NOT NULL,
  PRIMARY KEY (employee_id, skill_id),
  CONSTRAINT FK_espss_skill FOREIGN KEY (skill_id) REFERENCES skill (id),
  CONSTRAINT FK_espss_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
) ENGINE=InnoDB;

CREATE TABLE employee_availability (
  id bigint NOT NULL,
  tenant_id int NOT NULL,
  version bigint DEFAULT NULL,
  end_date_time datetime(6) NOT NULL,
  start_date_time datetime(6) NOT NULL,
  state int NOT NULL,
  employee_id bigint NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY UK_employee_availability (tenant_id, employee_id, start_date_time, end_date_time),
  CONSTRAINT FK_employee_availability_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
) ENGINE=InnoDB;

CREATE TABLE shift (
  id bigint NOT NULL,
  tenant_id int NOT NULL,
  version bigint DEFAULT NULL,
  end_date_time datetime(6) NOT NULL,
  pinned_by_user bit(1) NOT NULL,
  start_date_time datetime(6) NOT NULL,
  employee_id bigint DEFAULT NULL,
  original_employee_id bigint DEFAULT NULL,
  rotation_employee_id bigint DEFAULT NULL,
  spot_id bigint NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT FK_shift_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
  CONSTRAINT FK_shift_original_employee FOREIGN KEY (original_employee_id) REFERENCES employee (id),
  CONSTRAINT FK_shift_rotation_employee FOREIGN KEY (rotation_employee_id) REFERENCES employee (id),
  CONSTRAINT FK_shift_spot FOREIGN KEY (spot_id) REFERENCES spot (id)
) ENGINE=InnoDB;

CREATE TABLE shift_required_skill_set (
  shift_id bigint NOT NULL,
  skill_id bigint NOT NULL,
  PRIMARY KEY (shift_id, skill_id),
  CONSTRAINT FK_shrss_skill FOREIGN KEY (skill_id) REFERENCES skill (id),
  CONSTRAINT FK_shrss_shift FOREIGN KEY (shift_id) REFERENCES shift (id)
) ENGINE=InnoDB;

CREATE TABLE time_bucket (
  id bigint NOT NULL,
  tenant_id int NOT NULL,
  version bigint DEFAULT NULL,
  end_time time DEFAULT NULL,
  start_time time DEFAULT NULL,
  spot_id bigint DEFAULT NULL,
  PRIMARY KEY (id),
  CONSTRAINT FK_time_bucket_spot FOREIGN KEY (spot_id) REFERENCES spot (id)
) ENGINE=InnoDB;

CREATE TABLE time_bucket_additional_skill_set (
  timebucket_id bigint NOT NULL,
  skill_id bigint NOT NULL,
  PRIMARY KEY (timebucket_id, skill_id),
  CONSTRAINT FK_tbass_skill FOREIGN KEY (skill_id) REFERENCES skill (id),
  CONSTRAINT FK_tbass_time_bucket FOREIGN KEY (timebucket_id) REFERENCES time_bucket (id)
) ENGINE=InnoDB;

CREATE TABLE repeat_on_day_set (
  day_id bigint NOT NULL,
  repeat_on_day_set int DEFAULT NULL,
  CONSTRAINT DAY_FK FOREIGN KEY (day_id) REFERENCES time_bucket (id) ON UPDATE NO ACTION ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE seat_list (
  seat_id bigint NOT NULL,
  day_in_rotation int DEFAULT NULL,
  employee_id bigint DEFAULT NULL,
  CONSTRAINT SEAT_FK FOREIGN KEY (seat_id) REFERENCES time_bucket (id) ON UPDATE NO ACTION ON DELETE CASCADE,
  CONSTRAINT FK_seat_list_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
) ENGINE=InnoDB;

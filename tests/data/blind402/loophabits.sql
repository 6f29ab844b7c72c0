-- Loop Habit Tracker (Álinson S. Xavier / iSoron; Android habit tracker, package org.isoron.uhabits)
-- Upstream: github.com/iSoron/uhabits, commit 5aa8744ef4c8e391c875bbb482e3e79740b5fd81 (GPL-3.0)
-- Source: uhabits-core/src/jvmMain/resources/migrations/09.sql … 25.sql (the SQLite migrations the app applies on
-- every install, versions 9 to 25; versions before 9 came from the ActiveAndroid era and are not shipped), replayed
-- in order and written as MySQL: integer → BIGINT (AUTO_INCREMENT for the autoincrement keys), real → DOUBLE,
-- text kept. Tables dropped by later migrations (Checkmarks, Streak, Score) are not here; Repetitions is the table
-- migration 22 rebuilt (with its unique index), with the notes column of migration 25.

CREATE TABLE Habits (
    id BIGINT NOT NULL AUTO_INCREMENT,
    archived BIGINT,
    color BIGINT,
    description TEXT,
    freq_den BIGINT,
    freq_num BIGINT,
    highlight BIGINT,
    name TEXT,
    position BIGINT,
    reminder_hour BIGINT,
    reminder_min BIGINT,
    reminder_days BIGINT NOT NULL DEFAULT 127,
    type BIGINT NOT NULL DEFAULT 0,
    target_type BIGINT NOT NULL DEFAULT 0,
    target_value DOUBLE NOT NULL DEFAULT 0,
    unit TEXT NOT NULL DEFAULT '',
    question TEXT,
    uuid TEXT,
    PRIMARY KEY (id)
);

CREATE TABLE Repetitions (
    id BIGINT NOT NULL AUTO_INCREMENT,
    habit BIGINT NOT NULL,
    timestamp BIGINT NOT NULL,
    value BIGINT NOT NULL,
    notes TEXT,
    PRIMARY KEY (id),
    UNIQUE KEY idx_repetitions_habit_timestamp (habit, timestamp),
    FOREIGN KEY (habit) REFERENCES Habits (id)
);

CREATE TABLE Events (
    id BIGINT NOT NULL AUTO_INCREMENT,
    timestamp BIGINT,
    message TEXT,
    server_id BIGINT,
    PRIMARY KEY (id)
);

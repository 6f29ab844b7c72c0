-- Pakalpojumu dimensija
CREATE TABLE dwh.dim_pakalpojumi (
    pakalpojums_id INTEGER PRIMARY KEY,
    klients_id INTEGER,
    servisa_nr TEXT,
    nosaukums TEXT,
    cena NUMERIC(12, 2),
    atlaide NUMERIC(12, 2),
    atlaides_beigas DATE,
    ielades_laiks TEXT
);

INSERT INTO dwh.dim_pakalpojumi (pakalpojums_id, klients_id, servisa_nr, nosaukums, cena, atlaide, atlaides_beigas, ielades_laiks)
SELECT p.id, p.klients_id, p.servisa_nr, p.nosaukums, p.cena, p.atlaide, p.atlaides_beigas, '2026-11-01 03:00:00'
FROM crm.pakalpojumi AS p
ORDER BY p.id;

-- Rēķinu fakti no norēķinu sistēmas
CREATE TABLE dwh.fakts_rekini AS
SELECT
    r.id AS rekins_id,
    r.rekina_nr,
    r.datums AS rekina_datums,
    r.summa,
    k.klients_id,
    k.norekinu_konts,
    r.statuss,
    substr(r.datums, 1, 7) AS menesis,
    20261101 AS etl_batch,
    'nightly' AS etl_job
FROM billing.rekini AS r
JOIN billing.konti AS k ON k.id = r.konts_id
ORDER BY r.id;

CREATE TABLE dwh.fakts_aktivitates AS
SELECT a.id AS aktivitate_id, a.klients_id, a.akt_tips, a.akt_datums, a.kategorija,
    20261101 AS etl_batch,
    'nightly' AS etl_job
FROM crm.aktivitates AS a
ORDER BY a.id;

CREATE TABLE dwh.fakts_zvani AS
SELECT z.id AS zvans_id, z.klients_id, z.sakums, z.ilgums, z.rinda,
    20261101 AS etl_batch,
    'nightly' AS etl_job
FROM callcentre.zvani AS z
ORDER BY z.id;

CREATE TABLE dwh.fakts_bojajumi AS
SELECT b.id AS bojajums_id, b.klients_id, b.bojajuma_nr, b.registrets, b.atrisinats, b.apraksts, p.tehnologija,
    20261101 AS etl_batch,
    'nightly' AS etl_job
FROM network.bojajumi AS b
LEFT JOIN network.pieslegumi AS p ON p.klients_id = b.klients_id
ORDER BY b.id;

CREATE TABLE dwh.fakts_maksajumi AS
SELECT
    m.id AS maksajums_id,
    m.rekins_id,
    m.konts_id AS klients_id,
    m.apmaksas_datums,
    m.summa,
    m.kanals,
    20261101 AS etl_batch,
    'nightly' AS etl_job
FROM billing.maksajumi AS m
ORDER BY m.id;

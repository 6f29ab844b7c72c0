CREATE TABLE dwh.web_konversijas AS
SELECT c.id AS konversija_id, k.klienta_nr, c.client_id, c.goal, c.laiks,
    20261101 AS etl_batch,
    'nightly' AS etl_job
FROM webanalytics.conversions AS c
JOIN crm.klienti AS k ON k.id = c.klients_id
ORDER BY c.id;

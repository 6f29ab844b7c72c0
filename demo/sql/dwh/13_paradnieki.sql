-- Parādnieku saraksts piedziņai
CREATE TABLE dwh.paradnieki AS
SELECT
    k.klients_id,
    k.vards,
    k.uzvards,
    k.personas_kods,
    k.adrese,
    k.talr_nr,
    p.parada_summa,
    p.kavejuma_dienas,
    p.piedzina,
    20261101 AS etl_batch,
    'nightly' AS etl_job
FROM billing."parādi" AS p
JOIN dwh.dim_klienti AS k ON k.klients_id = p.klients_id
ORDER BY p.id;

-- Klienta 360° skats analītiķiem
CREATE TABLE dwh.klientu_360 AS
SELECT
    d.klients_id,
    d.klienta_nr,
    d.vards || ' ' || d.uzvards AS pilns_vards,
    d.e_pasts,
    d.segments,
    d.vecuma_grupa,
    a.paka AS tv_paka,
    r.kredit_score,
    COALESCE(p.parada_summa, 0) AS parads,
    (SELECT COUNT(*) FROM dwh.fakts_rekini AS f WHERE f.klients_id = d.klients_id) AS rekinu_skaits,
    20261101 AS etl_batch,
    'nightly' AS etl_job
FROM dwh.dim_klienti AS d
LEFT JOIN iptv.abonenti AS a ON a.klients_id = d.klients_id
LEFT JOIN dwh.kredit_riski AS r ON r.klients_id = d.klients_id
LEFT JOIN dwh.paradnieki AS p ON p.klients_id = d.klients_id
ORDER BY d.klients_id;

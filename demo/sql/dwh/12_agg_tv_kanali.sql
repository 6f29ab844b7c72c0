CREATE TABLE dwh.agg_tv_kanali AS
SELECT kanals, paka, COUNT(*) AS skatijumi, SUM(ilgums_min) AS minutes
FROM dwh.fakts_tv_skatijumi
GROUP BY kanals, paka
ORDER BY kanals, paka;

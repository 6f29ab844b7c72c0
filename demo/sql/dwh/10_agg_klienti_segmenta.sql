-- Klientu skaits pa segmentiem un vecuma grupām (agregāts: bez personas datiem)
CREATE TABLE dwh.agg_klienti_segmenta AS
SELECT
    segments,
    vecuma_grupa,
    COUNT(*) AS klientu_skaits,
    SUM(CASE WHEN statuss = 'aktīvs' THEN 1 ELSE 0 END) AS aktivie
FROM dwh.dim_klienti
GROUP BY segments, vecuma_grupa
ORDER BY segments, vecuma_grupa;

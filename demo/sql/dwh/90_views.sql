-- Skati pārskatiem (tabulas bez datubāzes nosaukuma ir pašā dwh)
CREATE VIEW dwh.v_aktivie_klienti AS
SELECT klients_id, klienta_nr, vards, uzvards, e_pasts, segments
FROM dim_klienti
WHERE statuss = 'aktīvs';

CREATE VIEW dwh.v_segmentu_kopsavilkums AS
SELECT segments, SUM(klientu_skaits) AS klientu_skaits
FROM agg_klienti_segmenta
GROUP BY segments;

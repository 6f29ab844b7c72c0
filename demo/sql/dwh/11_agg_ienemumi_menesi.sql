CREATE TABLE dwh.agg_ienemumi_menesi AS
SELECT menesis, COUNT(*) AS rekinu_skaits, SUM(summa) AS ienemumi, AVG(summa) AS videjais_rekins
FROM dwh.fakts_rekini
GROUP BY menesis
ORDER BY menesis;

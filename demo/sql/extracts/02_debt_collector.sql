-- Parādu piedzinējam nodotie parādi
CREATE TABLE extracts.debt_collector AS
SELECT vards, uzvards, personas_kods, adrese, talr_nr, parada_summa, kavejuma_dienas
FROM dwh.paradnieki
WHERE kavejuma_dienas > 60
ORDER BY klients_id;

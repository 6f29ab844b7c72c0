-- Kredītinformācijas birojam: kavētie maksājumi
CREATE TABLE extracts.credit_bureau AS
SELECT personas_kods, vards || ' ' || uzvards AS vards_uzvards, parada_summa, kavejuma_dienas, piedzina AS statuss
FROM dwh.paradnieki
WHERE kavejuma_dienas > 30
ORDER BY klients_id;

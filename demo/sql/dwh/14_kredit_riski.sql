-- Pēdējais maksātspējas novērtējums katram klientam
CREATE TABLE dwh.kredit_riski AS
WITH pedejie AS (
    SELECT
        klients_id,
        score,
        rezultats,
        pieprasits,
        ROW_NUMBER() OVER (PARTITION BY klients_id ORDER BY pieprasits DESC, id DESC) AS nr
    FROM creditcheck.pieprasijumi
)
SELECT klients_id, score AS kredit_score, rezultats AS riska_klase, pieprasits AS novertets,
    20261101 AS etl_batch,
    'nightly' AS etl_job
FROM pedejie
WHERE nr = 1
ORDER BY klients_id;

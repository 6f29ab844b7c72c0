"""Canary values: unique strings planted in personal columns of the first rows (so every sample holds them).

Privacy tests scan the estate, then search every catalog file, log and export byte-wise: none may appear.
"""

from __future__ import annotations

EMAIL = "canary.7f3a91c2@balticom-demo.lv"  # crm.klienti.e_pasts of customer 1 (and wherever that e-mail goes)
NOTE = "CANARY-7f3a91c2-piezime"  # crm.klienti.info, row 1
USERNAME = "canary_7f3a91c2_lietotajs"  # portal.lietotaji.lietotajvards of customer 1
CHAT = "CANARY-7f3a91c2-sarakste"  # callcentre.cats.saturs, row 1

CANARIES: tuple[str, ...] = (EMAIL, NOTE, USERNAME, CHAT)

"""Reconciliation checks: one module each, one public function of the module's name (see ``ropa.reconcile``)."""

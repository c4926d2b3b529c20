"""The « Suivi » part of the wizard: the dossier's life after filing (state, money, deployment, usage)."""

"""The dossier wizard: the preparation steps in a side list, the current step's form on the right."""

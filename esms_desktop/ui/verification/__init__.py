"""The step « Vérification »: every admissibility, access and priority criterion with links to the field
that fixes it, the GALIS helper, and the live summary shown in the wizard's navigation bar."""

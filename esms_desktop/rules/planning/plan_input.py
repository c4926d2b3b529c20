"""Kept only for ``reports/snapshot_parts.py``, which another branch is moving to the typed dossier this
round: the planning check of a dossier now lives in :mod:`esms_desktop.rules.planning.plan` (it reads the
typed dossier; it is no longer an adapter). Delete this module once the snapshot imports ``plan``."""

from esms_desktop.rules.planning.plan import PlanningCheck, check_dossier_plan  # noqa: F401

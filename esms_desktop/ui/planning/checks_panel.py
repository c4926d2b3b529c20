"""The planning's findings (rules.planning checks): the shared findings list; clicking a finding selects
the tasks or ESSMS it concerns (``subject_activated``)."""

from __future__ import annotations

from esms_desktop.ui.findings_list import FindingsList


class ChecksPanel(FindingsList):
    """The checks of the planning step."""

    def accessible_name(self) -> str:
        return self.tr("Checks of the planning")

"""What several subjects of the pack snapshot share: a rule's finding in French, the blank to fill by hand.
No Qt, no database."""

from __future__ import annotations

from typing import Any

from esms_desktop.reports import labels as L
from esms_desktop.reports.french import french
from esms_desktop.reports.model import FindingRow

BLANK = "……………………………………"


def finding_row(finding: Any) -> FindingRow:
    """A rule's :class:`~esms_desktop.rules.findings.Finding` in French."""
    return FindingRow(finding.key, finding.severity, L.SEVERITIES.get(finding.severity, finding.severity),
                      french(finding.what), french(finding.fix), finding.source)


def finding_rows(findings: Any) -> tuple[FindingRow, ...]:
    return tuple(finding_row(f) for f in findings)

"""The grant's money after the award: planned / committed / paid per budget line, and what is left. No Qt.

Planned: the budget's expense lines (the candidature). Committed and paid: the follow-up's expenses, each
tied to a budget line (or none). Received: avance (at the convention, 003 §3.1) and solde. Left to
justify: the amount awarded less the expenses paid (never below 0).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class MoneyLine:
    index: int | None  # budget line (None: expenses tied to no line)
    label: str
    planned: int
    committed: int
    paid: int
    invoices: int  # paid expenses with an invoice attached


@dataclass(frozen=True)
class MoneyTable:
    lines: tuple[MoneyLine, ...]
    awarded: int | None
    avance_received: int
    solde_requested: int
    solde_received: int
    redistributed: int

    @property
    def planned(self) -> int:
        return sum(line.planned for line in self.lines)

    @property
    def committed(self) -> int:
        return sum(line.committed for line in self.lines)

    @property
    def paid(self) -> int:
        return sum(line.paid for line in self.lines)

    @property
    def left_to_justify(self) -> int:
        return max(0, (self.awarded or 0) - self.paid)

    @property
    def expected_solde(self) -> int | None:
        return None if self.awarded is None else self.awarded - self.avance_received


def money_table(data: Mapping[str, Any]) -> MoneyTable:
    d = data["dossier"]
    f = d.get("followup") or {}
    money = f.get("money") or {}
    planned = d.get("budget", {}).get("expenses", [])
    sums: dict[int | None, list[int]] = {i: [0, 0, 0] for i in range(len(planned))}
    for e in money.get("expenses", []):
        key = e.get("budget_line") if e.get("budget_line") is not None and e["budget_line"] < len(planned) else None
        bucket = sums.setdefault(key, [0, 0, 0])
        if e.get("status", "paid") == "paid":
            bucket[1] += e.get("amount") or 0
            bucket[2] += 1 if e.get("invoice") else 0
        else:
            bucket[0] += e.get("amount") or 0
    lines = [MoneyLine(i, line["label"], line.get("amount") or 0, *sums[i]) for i, line in enumerate(planned)]
    if None in sums:
        lines.append(MoneyLine(None, "", 0, *sums[None]))

    def amount(key: str) -> int:
        return ((money.get(key) or {}).get("amount")) or 0

    return MoneyTable(tuple(lines), f.get("awarded_amount"), amount("avance"), amount("solde_requested"),
                      amount("solde_received"), sum(r.get("amount") or 0 for r in money.get("redistribution", [])))

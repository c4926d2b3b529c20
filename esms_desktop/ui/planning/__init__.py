"""Step « Planning »: the planning prévisionnel (table, Gantt chart, checks)."""

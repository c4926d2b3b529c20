"""Steps « Besoins » and « Budget »: needs, budget prévisionnel, grant and live checks."""

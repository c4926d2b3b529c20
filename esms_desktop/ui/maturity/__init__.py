"""The « Évaluation maturité SI » step: questionnaire, results, radar charts, answer files."""

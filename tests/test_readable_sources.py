"""Sources shown to users name the documents, not the seed file codes."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLabel

from esms_desktop.rules.campaign import readable_source
from conftest import settle  # noqa: E402


def test_codes_become_document_names():
    # 003 is the BFC 2022 call, 001 the 2024 national flyer (resources/campaigns/*.json "documents")
    assert readable_source("003 §7; 001 Cas 1") == "AAP ARS Bourgogne-Franche-Comté 2022, §7 ; Dépliant national 2024, Cas 1"
    assert readable_source("texte libre") == "texte libre"


def test_verification_step_shows_no_seed_code(qtbot, main_window):
    main_window.open_example()
    settle(main_window.wizard)
    main_window.wizard.go_to_step("verification")
    settle(main_window.wizard)
    step = main_window.wizard.current_step()
    sources = [label.text() for label in step.findChildren(QLabel) if label.objectName() == "criterionSource"]
    assert sources, "the verification step lists its criteria with their sources"
    assert not [s for s in sources if re.search(r"\b00[0-4]\b", s)], sources[:3]

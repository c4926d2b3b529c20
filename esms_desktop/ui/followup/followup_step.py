"""Step « Suivi »: the dossier after filing — decision, money, deployment and the usage targets."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QVBoxLayout

from esms_desktop.storage import followup as store
from esms_desktop.ui.wizard.step import Completion, StepPage


class FollowupStep(StepPage):
    key = "suivi"
    reworked = Signal(int)  # id of the copy made to rework a non retenu dossier

    def title(self) -> str:
        return self.tr("Follow-up")

    def setup_ui(self) -> None:
        from esms_desktop.ui.followup.deployment_panel import DeploymentPanel
        from esms_desktop.ui.followup.money_panel import MoneyPanel
        from esms_desktop.ui.followup.state_panel import StatePanel

        self.heading = QLabel()
        self.heading.setObjectName("stepHeading")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.tabs = QTabWidget()
        self.campaign_error = QLabel()  # a dossier whose campaign has no rule file: said here, not raised
        self.campaign_error.setWordWrap(True)
        self.campaign_error.setStyleSheet("color: #b00020;")
        self.campaign_error.hide()
        # every panel reads and writes in the wizard's background queue, through this step (panel.py)
        self.state_panel = StatePanel(self)
        self.money_panel = MoneyPanel(self, history=self.context.history)
        self.deployment_panel = DeploymentPanel(self)
        # the usage targets (a grid and a chart, under the dossier's campaign read in the background): made
        # in the turn after the step is first filled (``_make_usage_panel``); its tab waits disabled
        self.usage_panel = None
        self._usage_made = False
        self._usage_slices = self.slices(budget=0)
        for panel in (self.state_panel, self.money_panel, self.deployment_panel, None):
            if panel is None:
                self.tabs.addTab(QLabel(), "")
                continue
            self.tabs.addTab(panel if panel is self.state_panel else _scrolled(panel), "")
            panel.changed.connect(self.changed)
            panel.busy_changed.connect(self._panel_busy)
        self.state_panel.changed.connect(lambda: self._enable_tabs(self.state_panel.state_combo.currentData()))
        self.state_panel.reworked.connect(self.reworked)
        self.tabs.currentChanged.connect(self._load_tab)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.campaign_error)
        layout.addWidget(self.tabs, 1)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Follow-up"))
        self.intro.setText(self.tr(
            "After filing: the ARS decision, then for a selected dossier the money received and spent, the real "
            "deployment dates and the monthly usage measures whose targets release the balance."))
        for index, text in enumerate((self.tr("Decision"), self.tr("Money"), self.tr("Deployment"),
                                      self.tr("Usage targets"))):
            self.tabs.setTabText(index, text)
        for panel in (getattr(self, name, None) for name in ("state_panel", "money_panel", "deployment_panel",
                                                             "usage_panel")):
            if panel is not None and hasattr(panel, "retranslate_ui"):
                panel.retranslate_ui()  # the panels' texts follow a language change too

    def fetch(self):
        """The follow-up's state, the dossier's name (the rework's copy) and, for the usage tab, the dossier's
        campaign (or why it cannot be read)."""
        from esms_desktop.rules.campaign import CampaignFileError
        from esms_desktop.storage.dossiers import get_dossier
        from esms_desktop.storage.usage_measures import campaign_of_dossier

        campaign = error = None
        if not self._usage_made:
            try:
                campaign = campaign_of_dossier(self.db, self.dossier_id)
            except CampaignFileError as exc:
                error = exc
        return store.get_followup(self.db, self.dossier_id), get_dossier(self.db, self.dossier_id).name, campaign, error

    def fill(self, data) -> None:
        state, name, campaign, error = data
        self.state_panel.dossier_name = name
        self.state_panel.load(state)
        self._enable_tabs(state.state)
        self._load_tab(self.tabs.currentIndex())
        if not self._usage_made:
            self._usage_slices.start([lambda: self._make_usage_panel(campaign, error, state)], now=False)

    def _make_usage_panel(self, campaign, error, state) -> None:
        from esms_desktop.ui.campaign_errors import campaign_error_text
        from esms_desktop.ui.followup.usage_panel import UsagePanel

        if self._usage_made:
            return
        self._usage_made = True
        if campaign is None:  # a dossier whose campaign has no rule file: said here, the tab stays disabled
            self.campaign_error.setText(campaign_error_text(error))
            self.campaign_error.show()
            return
        self.usage_panel = UsagePanel(self, campaign)
        self.usage_panel.changed.connect(self.changed)
        self.usage_panel.busy_changed.connect(self._panel_busy)
        text, placeholder = self.tabs.tabText(3), self.tabs.widget(3)
        self.tabs.blockSignals(True)  # the current tab is another: nothing to load
        self.tabs.removeTab(3)
        self.tabs.insertTab(3, self.usage_panel, text)
        self.tabs.blockSignals(False)
        placeholder.deleteLater()
        self._enable_tabs(state.state)

    def _enable_tabs(self, state: str) -> None:
        """The money, deployment and usage tabs: for a retenu dossier (``state`` as shown)."""
        selected = state == "selected"
        for index in (1, 2, 3):
            self.tabs.setTabEnabled(index, selected and not (index > 1 and self.usage_panel is None))

    def _load_tab(self, index: int) -> None:
        """The tab shown reads its data in the background (the decision's came with the step's)."""
        panel = self.tabs.widget(index)
        if isinstance(panel, QScrollArea):
            panel = panel.widget()
        if panel is None or panel is self.state_panel or not self.tabs.isTabEnabled(index):
            return
        panel.load()

    def panels(self) -> list:
        names = ("state_panel", "money_panel", "deployment_panel", "usage_panel")
        return [p for p in (getattr(self, name, None) for name in names) if p is not None]

    def is_loading(self) -> bool:
        """The step's data, or a panel's (a tab's read, an import's dialog), still to come."""
        return super().is_loading() or any(panel.busy() for panel in self.panels())

    def _panel_busy(self) -> None:
        self.loading_changed.emit(self.is_loading())

    def load_failed(self, exc: Exception) -> None:
        """A dossier whose campaign has no rule file (the deployment's limit): said above the tabs."""
        from esms_desktop.rules.campaign import CampaignFileError
        from esms_desktop.ui.campaign_errors import campaign_error_text

        if isinstance(exc, CampaignFileError):
            self.campaign_error.setText(campaign_error_text(exc))
            self.campaign_error.show()
            return
        super().load_failed(exc)

    @classmethod
    def completion_of(cls, dossier, report) -> Completion:
        """The follow-up is not part of the candidature's rules: its state as ``storage.load_dossier`` read it."""
        return _completion(dossier.followup_state, dossier.solde_received)

    def completion(self) -> Completion:
        return self.completion_from_followup(store.get_followup(self.db, self.dossier_id))

    @staticmethod
    def completion_from_followup(state) -> Completion:
        """The step's state for the follow-up ``state`` (storage.followup.get_followup) already read."""
        return _completion(state.state, bool((state.money.get("solde_received") or {}).get("amount")))


def _scrolled(panel) -> QScrollArea:
    """A tab that scrolls by itself when its panel does not fit: the other tabs (the decision's few
    fields) then need no room for it, and the step no scroll bar."""
    area = QScrollArea()
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(panel)
    return area


def _completion(state: str, solde_received: bool) -> Completion:
    if state == "preparation":
        return Completion.EMPTY
    if state == "selected" and solde_received:
        return Completion.COMPLETE
    return Completion.COMPLETE if state == "rejected" else Completion.PARTIAL

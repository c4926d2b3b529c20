"""The baseline of the start-up benchmark: a bare PySide6 window, started and probed the same way."""

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class Probe(QObject):
    painted = False

    def eventFilter(self, obj, event):  # noqa: N802
        if not self.painted and event.type() == QEvent.Type.Paint:
            self.painted = True
            print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, lambda: (print(f"ready {time.time():.6f}", flush=True), app.quit()))
        return False


app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("esms-desktop"))
window.resize(1100, 720)
probe = Probe()
window.installEventFilter(probe)
window.show()
app.exec()

"""esms-desktop: préparer une candidature ESMS numérique."""

__version__ = "0.1.0"
APP_NAME = "esms-desktop"

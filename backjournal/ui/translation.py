"""Puts the window in the person's language: Qt's own strings (standard buttons), BackJournal's
catalogue (the same .qm backjournal/i18n.py reads for charts and the report) and the locale that
formats dates and numbers (QLocale's default)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from backjournal import i18n


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> i18n.Text:
    """``QCoreApplication.translate``: ``text`` in the window's language. The name is the one lupdate
    recognises (as for backjournal.i18n.translate), so one lupdate run finds the window's strings too.
    Placeholders are ``{name}``, filled with ``str.format`` afterwards; ``%n`` is a plural's count."""
    return i18n.Text(QCoreApplication.translate(context, text, disambiguation, n))


def system_language() -> str:
    """The language of the system's locale as Qt reads it (on Windows and macOS the environment is silent)."""
    return QLocale.system().name().split("_")[0]


def window_language(chosen: str | None) -> str:
    """The window's language: $BACKJOURNAL_LANGUAGE, the Preferences choice, the system's, English."""
    return i18n.choose_language(chosen=chosen, system=system_language())


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Translate the window into ``language`` from now on and format dates and numbers its way; returns
    the installed translators (keep them: Qt does not own them)."""
    catalogue = i18n.load_catalogue(language)
    i18n.use_catalogue(catalogue)  # charts and report text made in this process
    # Dates and numbers: the system's formats when it speaks this language (or for English, the source
    # language, so an English window keeps a German system's "3,5"); else the language's own (de_DE).
    system = QLocale.system()
    keep = language == i18n.SOURCE_LANGUAGE or system.name().split("_")[0] == language
    QLocale.setDefault(system if keep else QLocale(language))
    installed: list[QTranslator] = []
    qt_own = QTranslator(app)
    if catalogue.language != i18n.SOURCE_LANGUAGE and qt_own.load(
        QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    ours = QTranslator(app)  # English too: its plural forms ("1 entry" from "%n entries")
    if ours.load(str(i18n.qm_path(catalogue.language))):
        app.installTranslator(ours)
        installed.append(ours)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Back to English (tests that switch language)."""
    for translator in translators:
        app.removeTranslator(translator)
    install_translators(app, i18n.SOURCE_LANGUAGE)

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;
class QTranslator;

namespace tremplin {

/// Loads Tremplin's own translation and Qt's (qtbase) for a language, and swaps them at runtime.
/// Used by both executables; widgets retranslate on QEvent::LanguageChange.
class Translations
{
public:
    Translations();
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    /// The languages Tremplin ships, as codes ("en", "fr").
    static QStringList available();
    /// The shipped language closest to @p locale (English when none matches).
    static QString bestFor(const QLocale &locale);

    /// Installs the translators for @p language (one of available()) and sets the default
    /// QLocale so numbers, dates and money follow. Returns false for an unknown language.
    bool install(const QString &language);
    QString current() const { return m_current; }
    /// True when Qt's own catalogue (qt_LANG or qtbase_LANG, package qt6-translations-l10n on
    /// Debian) was found for the current language; English needs none.
    bool qtCatalogueLoaded() const { return m_qt != nullptr || m_current == QLatin1String("en"); }
    /// Where Qt's own catalogues are looked for.
    static QString qtCataloguePath();

private:
    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
    QString m_current;
};

} // namespace tremplin

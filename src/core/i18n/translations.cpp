// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace tremplin {

Translations::Translations() = default;

Translations::~Translations()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app);
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt);
    delete m_app;
    delete m_qt;
}

QStringList Translations::available()
{
    return { QStringLiteral("en"), QStringLiteral("fr") };
}

QString Translations::bestFor(const QLocale &locale)
{
    for (const QString &lang : locale.uiLanguages()) {
        const QString code = lang.section(QLatin1Char('-'), 0, 0).toLower();
        if (available().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QString Translations::qtCataloguePath()
{
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
}

bool Translations::install(const QString &language)
{
    if (!available().contains(language))
        return false;
    auto *app = new QTranslator;
    if (!app->load(QStringLiteral(":/i18n/tremplin_%1.qm").arg(language))) {
        delete app;
        return false;
    }
    // Qt's own strings (standard buttons, file dialogs): "qt_fr" gathers every Qt module's
    // catalogue, "qtbase_fr" is the one that matters when the other is absent. Optional: English
    // needs none and the package with Qt's translations may be missing (the About box says so).
    // The few strings Debian's catalogue lacks (the file dialog's "Folder") are in Tremplin's own.
    QTranslator *qt = nullptr;
    if (language != QLatin1String("en")) {
        for (const QString &catalogue : { QStringLiteral("qt"), QStringLiteral("qtbase") }) {
            qt = new QTranslator;
            if (qt->load(QLocale(language), catalogue, QStringLiteral("_"), qtCataloguePath()))
                break;
            delete qt;
            qt = nullptr;
        }
    }
    // The locale first: installing a translator sends LanguageChange, and widgets that
    // retranslate then format numbers and dates with the new default locale.
    QLocale::setDefault(
        QLocale(language == QLatin1String("fr") ? QLocale::French : QLocale::English,
            language == QLatin1String("fr") ? QLocale::France : QLocale::UnitedKingdom));
    if (m_app)
        QCoreApplication::removeTranslator(m_app);
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt);
    delete m_app;
    delete m_qt;
    m_app = app;
    m_qt = qt;
    // The last installed translator is asked first: Tremplin's own catalogue, which also holds
    // the Qt strings missing from Qt's, comes after Qt's.
    if (m_qt)
        QCoreApplication::installTranslator(m_qt);
    QCoreApplication::installTranslator(m_app);
    m_current = language;
    return true;
}

} // namespace tremplin

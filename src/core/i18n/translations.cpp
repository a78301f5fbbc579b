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

bool Translations::install(const QString &language)
{
    if (!available().contains(language))
        return false;
    auto *app = new QTranslator;
    if (!app->load(QStringLiteral(":/i18n/tremplin_%1.qm").arg(language))) {
        delete app;
        return false;
    }
    // Qt's own strings (standard buttons, file dialogs). Optional: English needs none and the
    // package with Qt's translations may be missing.
    auto *qt = new QTranslator;
    if (!qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        delete qt;
        qt = nullptr;
    }
    // The locale first: installing a translator sends LanguageChange, and widgets that
    // retranslate then format numbers and dates with the new default locale.
    QLocale::setDefault(QLocale(language == QLatin1String("fr") ? QLocale::French
                                                                : QLocale::English,
                                language == QLatin1String("fr") ? QLocale::France
                                                                : QLocale::UnitedKingdom));
    if (m_app)
        QCoreApplication::removeTranslator(m_app);
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt);
    delete m_app;
    delete m_qt;
    m_app = app;
    m_qt = qt;
    QCoreApplication::installTranslator(m_app);
    if (m_qt)
        QCoreApplication::installTranslator(m_qt);
    m_current = language;
    return true;
}

} // namespace tremplin

// SPDX-License-Identifier: GPL-3.0-or-later
#include "common.h"

#include "core/database/database.h"
#include "core/database/query.h"

#include <QSet>

namespace tremplin::cli {

bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments, Io &io,
    bool allowPositional)
{
    parser.setApplicationDescription(QString());
    parser.addHelpOption();
    QStringList args = arguments;
    args.prepend(QStringLiteral("tremplin-cli %1").arg(command));
    if (!parser.parse(args)) {
        io.err << Tr::tr("tremplin-cli %1: %2").arg(command, parser.errorText()) << Qt::endl;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return false;
    }
    if (!allowPositional && !parser.positionalArguments().isEmpty()) {
        io.err << Tr::tr("tremplin-cli %1: unexpected argument \"%2\".")
                      .arg(command, parser.positionalArguments().constFirst())
               << Qt::endl;
        return false;
    }
    return true;
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(
        QStringLiteral("db"), Tr::tr("The Tremplin database file."), Tr::tr("file"));
}

bool requireDb(const QCommandLineParser &parser, const QString &command, Io &io, QString *path)
{
    *path = parser.value(QStringLiteral("db"));
    if (path->isEmpty()) {
        io.err << Tr::tr("tremplin-cli %1: --db FILE is required.").arg(command) << Qt::endl;
        return false;
    }
    return true;
}

qint64 promotionId(const Database &db, const QString &text)
{
    bool isNumber = false;
    const qint64 number = text.toLongLong(&isNumber);
    Query q(db,
        isNumber ? QStringLiteral("SELECT id FROM promotion WHERE number = ? OR name = ?")
                 : QStringLiteral("SELECT id FROM promotion WHERE name = ?"));
    if (isNumber)
        q.bind(number);
    q.bind(text);
    q.exec();
    QSet<qint64> ids;
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    if (ids.isEmpty())
        return 0;
    return ids.size() == 1 ? *ids.cbegin() : -1;
}

} // namespace tremplin::cli

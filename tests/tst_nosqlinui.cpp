// SPDX-License-Identifier: GPL-3.0-or-later
// Widgets and ui models run no SQL: they ask core services. This test reads every source file
// under src/ui and fails, naming the files and lines, when one holds a query.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

namespace {

/// Files that still held queries when this test was written, while their queries were being
/// moved into core services (issue 11). The list must only shrink: remove a file as soon as
/// its queries are gone, and delete the list when it is empty. Never add to it.
const QStringList stillMoving = {
    QStringLiteral("grants/grantspage.cpp"),
    QStringLiteral("initiatives/initiativeform.cpp"),
    QStringLiteral("models/recordtablemodel.cpp"),
    QStringLiteral("reports/reportspage.cpp"),
};

/// What a query looks like in this code base: the core's Query wrapper, Qt Sql's classes, the
/// connection behind them, or the text of a statement.
const QRegularExpression &sqlPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(\bQuery\s*\(|\bQuery\s+\w+\s*[({;]|\bQSql(Query|QueryModel|TableModel|RelationalTableModel|Database|Record)\b)"
        R"(|\.connection\(\)|database/query\.h|"\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|WITH|PRAGMA|CREATE|DROP|ALTER|BEGIN)\b)"));
    return pattern;
}

/// The lines of @p path (under src/ui) that hold SQL, as "file:line: text".
QStringList sqlLines(const QString &root, const QString &path)
{
    QStringList found;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return { QStringLiteral("%1: cannot be read").arg(path) };
    const QString relative = QDir(root).relativeFilePath(path);
    int number = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine());
        ++number;
        const QString code = line.trimmed();
        if (code.startsWith(QLatin1String("//")) || code.startsWith(u'*') || code.startsWith(QLatin1String("/*")))
            continue; // comments may name what they replaced
        if (sqlPattern().match(code).hasMatch())
            found.append(QStringLiteral("src/ui/%1:%2: %3").arg(relative).arg(number).arg(code));
    }
    return found;
}

} // namespace

class TestNoSqlInUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void thePatternSeesEveryKindOfQuery_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("isSql");
        QTest::newRow("core query") << QStringLiteral("Query(db, QStringLiteral(\"SELECT 1\")).scalar();") << true;
        QTest::newRow("query variable") << QStringLiteral("Query q(m_db, sql);") << true;
        QTest::newRow("Qt Sql") << QStringLiteral("QSqlQuery q(db.connection());") << true;
        QTest::newRow("query model") << QStringLiteral("auto *m = new QSqlQueryModel(this);") << true;
        QTest::newRow("statement") << QStringLiteral("const QString sql = QStringLiteral(\"UPDATE grant_award SET x = ?\");") << true;
        QTest::newRow("statement after a space") << QStringLiteral("\" DELETE FROM need\"") << true;
        QTest::newRow("include") << QStringLiteral("#include \"core/database/query.h\"") << true;
        QTest::newRow("a dialog's exec") << QStringLiteral("menu.exec(header->mapToGlobal(pos));") << false;
        QTest::newRow("a user's word") << QStringLiteral("tr(\"Update the baseline\")") << false;
        QTest::newRow("a service") << QStringLiteral("const auto rows = GrantLedger(db).rows(filter);") << false;
    }

    void thePatternSeesEveryKindOfQuery()
    {
        QFETCH(QString, line);
        QFETCH(bool, isSql);
        QCOMPARE(sqlPattern().match(line).hasMatch(), isSql);
    }

    void theUiLayerHoldsNoSql()
    {
        const QString root = QStringLiteral(TREMPLIN_SOURCE_DIR "/src/ui");
        QVERIFY(QDir(root).exists());
        QStringList offending;
        QStringList stillThere;
        int files = 0;
        QDirIterator it(root, { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            ++files;
            const QStringList lines = sqlLines(root, path);
            const QString relative = QDir(root).relativeFilePath(path);
            if (stillMoving.contains(relative)) {
                if (!lines.isEmpty())
                    stillThere.append(relative);
                continue;
            }
            offending += lines;
        }
        QVERIFY(files > 20);
        // An allow-listed file whose queries are gone must leave the list.
        for (const QString &allowed : stillMoving) {
            if (QFile::exists(root + u'/' + allowed) && !stillThere.contains(allowed))
                offending.append(QStringLiteral("src/ui/%1 holds no SQL any more: remove it from "
                                                "stillMoving in tests/tst_nosqlinui.cpp").arg(allowed));
        }
        QVERIFY2(offending.isEmpty(),
                 qPrintable(QStringLiteral("SQL in the ui layer (move it into a core service):\n")
                            + offending.join(u'\n')));
    }
};

QTEST_MAIN(TestNoSqlInUi)
#include "tst_nosqlinui.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Rules the ui layer's sources keep, checked by reading them: widgets and ui models run no SQL
// (they ask core services), and the shared colours are named once, in src/ui/style.h. Each
// test fails naming the files and lines that break its rule.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

namespace {

/// The error red, the warning colours and the banner's, written out anywhere but style.h.
const QRegularExpression &colourPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(
            R"(#(b00020|8a1c00|8a5a00|fff4ce|4d3800|e0c060)\b|0xb0,\s*0x00,\s*0x20|0x8a,\s*0x(1c|5a),\s*0x00)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

/// What a query looks like in this code base: the core's Query wrapper, Qt Sql's classes, the
/// connection behind them, or the text of a statement.
const QRegularExpression &sqlPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(\bQuery\s*\(|\bQuery\s+\w+\s*[({;]|\bQSql(Query|QueryModel|TableModel|RelationalTableModel|Database|Record)\b)"
        R"(|\.connection\(\)|database/query\.h|"\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|WITH|PRAGMA|CREATE|DROP|ALTER|BEGIN)\b)"));
    return pattern;
}

/// The lines of @p path (under @p root, src/ui) that match @p pattern, as "file:line: text".
QStringList matchingLines(
    const QString &root, const QString &path, const QRegularExpression &pattern)
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
        if (code.startsWith(QLatin1String("//")) || code.startsWith(u'*')
            || code.startsWith(QLatin1String("/*")))
            continue; // comments may name what they replaced
        if (pattern.match(code).hasMatch())
            found.append(QStringLiteral("src/ui/%1:%2: %3").arg(relative).arg(number).arg(code));
    }
    return found;
}

} // namespace

class TestUiSources : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void thePatternSeesEveryKindOfQuery_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("isSql");
        QTest::newRow("core query")
            << QStringLiteral("Query(db, QStringLiteral(\"SELECT 1\")).scalar();") << true;
        QTest::newRow("query variable") << QStringLiteral("Query q(m_db, sql);") << true;
        QTest::newRow("Qt Sql") << QStringLiteral("QSqlQuery q(db.connection());") << true;
        QTest::newRow("query model")
            << QStringLiteral("auto *m = new QSqlQueryModel(this);") << true;
        QTest::newRow("statement") << QStringLiteral(
            "const QString sql = QStringLiteral(\"UPDATE grant_award SET x = ?\");")
                                   << true;
        QTest::newRow("statement after a space") << QStringLiteral("\" DELETE FROM need\"") << true;
        QTest::newRow("include") << QStringLiteral("#include \"core/database/query.h\"") << true;
        QTest::newRow("a dialog's exec")
            << QStringLiteral("menu.exec(header->mapToGlobal(pos));") << false;
        QTest::newRow("a user's word") << QStringLiteral("tr(\"Update the baseline\")") << false;
        QTest::newRow("a service")
            << QStringLiteral("const auto rows = GrantLedger(db).rows(filter);") << false;
    }

    void thePatternSeesEveryKindOfQuery()
    {
        QFETCH(QString, line);
        QFETCH(bool, isSql);
        QCOMPARE(sqlPattern().match(line).hasMatch(), isSql);
    }

    void theUiLayerHoldsNoSql()
    {
        const QStringList offending = scan(sqlPattern(), {});
        QVERIFY2(offending.isEmpty(),
            qPrintable(QStringLiteral("SQL in the ui layer (move it into a core service):\n")
                + offending.join(u'\n')));
    }

    void theSharedColoursAreNamedOnceInStyleH()
    {
        QVERIFY(colourPattern()
                    .match(QStringLiteral("setStyleSheet(QStringLiteral(\"color: #B00020;\"));"))
                    .hasMatch());
        QVERIFY(colourPattern()
                    .match(QStringLiteral("return QBrush(QColor(0xb0, 0x00, 0x20));"))
                    .hasMatch());
        const QStringList offending = scan(colourPattern(), { QStringLiteral("style.h") });
        QVERIFY2(offending.isEmpty(),
            qPrintable(QStringLiteral("Colours written out (use src/ui/style.h):\n")
                + offending.join(u'\n')));
    }

private:
    /// The lines of src/ui matching @p pattern, outside @p exempt; an @p allowed file is
    /// skipped while it matches, and reported when it no longer does (the list must shrink).
    static QStringList scan(const QRegularExpression &pattern, const QStringList &exempt)
    {
        const QString root = QStringLiteral(TREMPLIN_SOURCE_DIR "/src/ui");
        QStringList offending;
        int files = 0;
        QDirIterator it(root, { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            ++files;
            if (!exempt.contains(QDir(root).relativeFilePath(path)))
                offending += matchingLines(root, path, pattern);
        }
        if (files < 20)
            offending.append(QStringLiteral("%1 holds only %2 source files").arg(root).arg(files));
        return offending;
    }
};

QTEST_MAIN(TestUiSources)
#include "tst_uisources.moc"

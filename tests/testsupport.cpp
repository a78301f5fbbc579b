// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QtEndian>

namespace tremplin::test {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

void writeRandomBytes(const QString &path, int size)
{
    QRandomGenerator gen(42);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(gen.bounded(256));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
}

void patchHeaderInt(const QString &path, int offset, qint32 value)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return;
    f.seek(offset);
    char buf[4];
    qToBigEndian(value, buf);
    f.write(buf, 4);
}

void corruptBytes(const QString &path, qint64 offset, int count)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return;
    f.seek(offset);
    QRandomGenerator gen(7);
    QByteArray junk(count, Qt::Uninitialized);
    for (char &c : junk)
        c = char(gen.bounded(256));
    f.write(junk);
}

int countRows(const QString &dbPath, const QString &table)
{
    const QString name = QUuid::createUuid().toString();
    int n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next())
                n = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return n;
}

QByteArray windows1252(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        if (c == QChar(0x0153))
            out += char(0x9C);
        else if (c == QChar(0x0152))
            out += char(0x8C);
        else if (c == QChar(0x20AC))
            out += char(0x80);
        else if (c == QChar(0x2019))
            out += char(0x92);
        else
            out += char(c.unicode());
    }
    return out;
}

CliRun runCli(
    const QStringList &args, const QString &language, const std::function<void()> &childSetup)
{
    QProcess p;
    if (childSetup)
        p.setChildProcessModifier(childSetup);
    p.start(QStringLiteral(TREMPLIN_CLI_PATH),
        QStringList { QStringLiteral("--lang"), language } + args);
    p.waitForFinished(120000);
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

QString pdfText(const QString &pdf)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    if (!text.waitForFinished(60000) || text.exitCode() != 0)
        qFatal("pdftotext (poppler-utils) must be installed");
    return QString::fromUtf8(text.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .replace(QChar::Nbsp, QLatin1Char(' '))
        .replace(QChar(0x202f), QLatin1Char(' '))
        .simplified();
}

} // namespace tremplin::test

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace tremplin {

class Database;

/// Imports applications: a Démarches simplifiées dossier export (recognised by its headers,
/// read by name) or any CSV whose columns are mapped by hand. Every line is checked first and
/// judged against the database (new dossier, update, conflict with an edit made in Tremplin,
/// unchanged, invalid); commit() then writes the chosen dossiers in one transaction, or none.
///
/// Re-importing a newer export of the same procedure is the weekly routine: a dossier already
/// imported (same DS number) is updated where DS changed it since the last import (the values
/// last imported are kept in initiative.ds_snapshot); where Tremplin's value was also edited
/// since, Tremplin's value is kept and the conflict is listed with DS's value.
class ApplicationImport
{
public:
    /// What the columns of the file mean.
    enum Target {
        DsNumber,
        ProjectName,
        CarrierName,
        Siret,
        Rna,
        ReferentLastName,
        ReferentFirstName,
        ReferentEmail,
        ReferentPhone,
        Description,
        Website,
        Budget,
        MainImpact,
        IndicatorName,
        IndicatorInitial,
        IndicatorTarget,
        State,
        Motivation,
        UpdatedAt,
        Ignore
    };
    static QString targetLabel(Target target);
    /// The headers recognised per meaning (for `tremplin-cli import applications --help`).
    static QString columnsHelp();

    struct Problem
    {
        int line = 0; ///< line of the file's records, 1 for the header
        QString message;
    };

    /// What commit() does with a dossier.
    enum class Outcome { New, Update, Conflict, Unchanged, Invalid };
    static QString outcomeLabel(Outcome outcome);

    /// One field of a dossier that differs from what Tremplin holds.
    struct FieldChange
    {
        QString field; ///< key of the field (see fieldLabel())
        QString tremplinValue; ///< as Tremplin holds it now
        QString dsValue; ///< as the file has it
        bool conflict = false; ///< edited in Tremplin too: Tremplin's value is kept
    };
    static QString fieldLabel(const QString &field);

    struct Dossier
    {
        int line = 0;
        qint64 dsNumber = 0;
        QString name;
        Outcome outcome = Outcome::Invalid;
        qint64 initiativeId = 0; ///< the initiative it updates, 0 when new
        QMap<QString, QString> values; ///< normalised field values (keys of fieldLabel())
        QList<FieldChange> changes;
        QStringList problems;
        QString note; ///< why an update changes nothing, e.g. an older export
    };

    bool loadFile(const QString &path, Database &db, QString *error);
    void load(const QByteArray &bytes, Database &db);

    QStringList headers() const { return m_headers; }
    int lineCount() const { return int(m_rows.size()); }
    QStringList row(int i) const { return m_rows.value(i); }
    QString encoding() const { return m_encoding; }
    QChar separator() const { return m_separator; }
    /// True when the headers are a Démarches simplifiées export's: no mapping to ask for.
    bool isDemarchesSimplifiees() const { return m_ds; }

    QList<Target> mapping() const { return m_mapping; }
    void setMapping(int column, Target target);
    void setMappings(const QList<Target> &mapping);
    QString layoutKey() const;

    /// The promotion commit() files new dossiers under, by name or number (empty for none);
    /// commit() creates it (next number of the programme) when none has that name.
    void setPromotion(const QString &name) { m_promotion = name.trimmed(); }
    /// The name of the latest promotion (highest number), the usual choice; empty when none.
    static QString latestPromotion(Database &db);
    /// Whether commit() will create the promotion set with setPromotion().
    bool createsPromotion() const;

    /// Problems of the whole file (missing columns): nothing can be imported.
    const QList<Problem> &fileProblems() const { return m_fileProblems; }
    /// Every problem, per line, the file's first.
    QList<Problem> problems() const;
    const QList<Dossier> &dossiers() const { return m_dossiers; }
    int count(Outcome outcome) const;

    /// Everything commit() wrote, row by row, so undo() and redo() put the database back exactly.
    struct Written
    {
        struct Row
        {
            QString table;
            qint64 id = 0;
            QVariantMap before; ///< empty for a row the import inserted
            QVariantMap after;
        };
        QList<Row> rows;
        QString summary;
    };

    /// Writes the dossiers in one transaction after checking them again against the database as
    /// it is then. With problems, throws tremplin::Error (nothing written) unless @p skipInvalid,
    /// which writes the clean dossiers only. Returns the number of dossiers created or updated.
    int commit(bool skipInvalid = false);
    const Written &written() const { return m_written; }
    static void undo(Database &db, const Written &written);
    static void redo(Database &db, const Written &written);

private:
    void guessMapping();
    void check();
    void checkRow(int index, QHash<QString, QList<int>> &byIdentifier);
    void judge(Dossier &d);

    Database *m_db = nullptr;
    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<int> m_lines; ///< the file's line of each row
    /// "siret:…" or "rna:…" → the projects Tremplin holds under it (name, DS number or 0).
    QHash<QString, QList<QPair<QString, qint64>>> m_known;
    QList<Target> m_mapping;
    QString m_encoding;
    QChar m_separator = QLatin1Char(',');
    QString m_source;
    QString m_fileProblem; ///< why the file cannot be read as a table (readCsv()), or empty
    bool m_ds = false;
    QString m_promotion;
    QList<Problem> m_fileProblems;
    QList<Dossier> m_dossiers;
    Written m_written;
};

} // namespace tremplin

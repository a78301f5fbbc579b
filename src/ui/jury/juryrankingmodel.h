// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/juryranking.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <array>

namespace tremplin {

/// The jury's ranking as the Ranking tab shows it: one row per application, best first, those
/// without a complete total last. Besides the figures of jury::computeRanking(), each row says
/// whether the application is in the top N (the promotion's places) and, under a what-if, whether
/// it enters or leaves the top N compared with the session's own settings (words and arrows, so
/// that it reads in black and white). Read-only.
class JuryRankingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Rank, Top, Application, Score, Expert, Citizen, Jurors, Spread, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        InitiativeIdRole = Qt::UserRole,
        /// A number to sort by (missing values below every number).
        SortRole,
        /// True on the last row of the top N (the line is drawn under it).
        BoundaryRole,
        /// The row's Mark.
        MarkRole,
    };
    enum class Mark { None, InTop, Enters, Leaves };

    /// One application of the ranking with what the table says about it.
    struct Row
    {
        jury::RankedApplication ranked;
        QString name;
        qint64 dsNumber = 0;
        Mark mark = Mark::None;
        /// Its rank with the session's own settings (0: no score there).
        int sessionRank = 0;
        bool lastOfTop = false;
    };

    /// What the rows are read with.
    struct Settings
    {
        /// N: the top's size.
        int places = 0;
        /// Whether the session has each track (index: JuryTrack).
        std::array<bool, 2> sessionTracks { { true, true } };
        /// A spread at least this large is shown as a disagreement (0: never).
        double largeSpread = 0;
    };

    explicit JuryRankingModel(QObject *parent = nullptr);

    /// Shows @p rows (in ranking order) read with @p settings.
    void setRows(const QList<Row> &rows, const Settings &settings);
    const QList<Row> &rows() const { return m_rows; }
    const Settings &settings() const { return m_settings; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The spread from which the jurors of an application are said to disagree: two fifths of
    /// the score scale.
    static double largeSpreadFor(double scaleMin, double scaleMax);
    /// The words of a mark ("▲ enters"), read under the column's title "Top 10"; empty for
    /// None.
    static QString markText(Mark mark);

    /// Retranslates the headers and texts (call on a language change).
    void retranslate();

private:
    QString displayText(const Row &row, int column) const;
    QString toolTip(const Row &row, int column) const;
    QList<Row> m_rows;
    Settings m_settings;
};

/// Sorts the ranking by any column while the applications without a complete total stay
/// below the ranked ones, whichever the order.
class JuryRankingProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit JuryRankingProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

/// The totals that do not count yet because a juror has not scored every criterion: who has
/// not finished what. Read-only.
class JuryIncompleteModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Juror, Track, Application, Scored, ColumnCount };
    Q_ENUM(Column)

    struct Row
    {
        QString juror;
        JuryTrack track = JuryTrack::Expert;
        QString application;
        int scored = 0;
        int criteria = 0;
    };

    explicit JuryIncompleteModel(QObject *parent = nullptr);
    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    QList<Row> m_rows;
};

} // namespace tremplin

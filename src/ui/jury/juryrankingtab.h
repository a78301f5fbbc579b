// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/juryranking.h"
#include "core/services/juryservice.h"
#include "jurytab.h"

#include <QHash>
#include <QList>
#include <QSet>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTableView;
class QVBoxLayout;

namespace tremplin {

class DeferredRefresh;
class JuryIncompleteModel;
class JuryRankingModel;
class JuryRankingProxy;
class JuryScoreChart;

/// The Jury workspace's tab for the ranking with the what-if panel and the jurors' score
/// distribution. The session is read once per change of the file that concerns it
/// (JuryService::rankingInput()); the ranking is then computed in memory
/// (jury::computeRanking(), as `tremplin-cli jury ranking` does), and again at every change of
/// the what-if panel, which never writes to the file.
class JuryRankingTab : public JuryTab
{
    Q_OBJECT
public:
    explicit JuryRankingTab(QWidget *parent = nullptr);
    ~JuryRankingTab() override;

    JuryRankingModel *rankingModel() const { return m_model; }
    JuryRankingProxy *rankingProxy() const { return m_proxy; }
    JuryIncompleteModel *incompleteModel() const { return m_incompleteModel; }
    JuryScoreChart *chart() const { return m_chart; }
    /// The ranking shown (with the what-if's settings).
    const jury::Ranking &ranking() const { return m_current; }
    /// The what-if's settings as the panel holds them.
    jury::RankingOptions whatIfOptions() const;
    /// N, the size of the top compared.
    int places() const;

    /// Writes the ranking shown as `tremplin-cli jury ranking --format csv` does; throws
    /// tremplin::Error.
    void exportCsv(const QString &path) const;

protected:
    void documentChanged() override;
    void sessionChanged() override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void recompute();
    /// Puts the session's own settings in the what-if panel.
    void resetWhatIf();
    void rebuildJurorBoxes();
    void updateChart();
    void retranslateUi();
    void whatIfEdited();

    DeferredRefresh *m_refresh;
    JurySession m_sessionSettings;
    jury::RankingInput m_input;
    QList<Juror> m_jurors;
    QList<JuryApplication> m_applications;
    QHash<qint64, int> m_applicationIndex;
    int m_criteria = 0;
    jury::Ranking m_baseline;
    /// The session's own top N marked as rank 1, and the session's own ranks.
    jury::Ranking m_ownTop;
    QHash<qint64, int> m_ownRank;
    jury::Ranking m_current;
    std::vector<std::vector<double>> m_jurorTotals;
    qint64 m_shownSession = -1;
    bool m_resetting = false;
    /// The jurors left out when the chart was drawn; the chart is redrawn after a read.
    QSet<qint64> m_chartExcluded;
    bool m_chartStale = true;

    QLabel *m_summary;
    QLabel *m_whatIfBanner;
    QPushButton *m_export;
    QTabWidget *m_views;
    QSplitter *m_splitter;
    QTableView *m_table;
    JuryRankingModel *m_model;
    JuryRankingProxy *m_proxy;
    QGroupBox *m_incompleteBox;
    QTableView *m_incompleteTable;
    JuryIncompleteModel *m_incompleteModel;

    QGroupBox *m_whatIf;
    QLabel *m_whatIfNote;
    QLabel *m_methodLabel;
    QComboBox *m_method;
    QLabel *m_expertLabel;
    QDoubleSpinBox *m_expertWeight;
    QLabel *m_citizenLabel;
    QDoubleSpinBox *m_citizenWeight;
    QLabel *m_placesLabel;
    QSpinBox *m_places;
    QLabel *m_jurorsLabel;
    QWidget *m_jurorBoxes;
    QVBoxLayout *m_jurorLayout;
    QList<QCheckBox *> m_jurorChecks;
    QLabel *m_changes;
    QPushButton *m_reset;

    QWidget *m_chartPage;
    JuryScoreChart *m_chart;
    QPushButton *m_savePicture;
};

} // namespace tremplin

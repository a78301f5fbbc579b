// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>
#include <functional>
#include <list>
#include <memory>

class QGroupBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QFormLayout;

namespace tremplin {

class DatabaseCommand;
class Document;
class FieldBinder;
class NeedKindModel;
class RecordTableModel;

/// The Programme workspace: the programme's settings (name, operating administration and its
/// SIRET, default funding source, default tranche scheme), its promotions and the calendar of
/// phases of the selected one, and the lists it manages (themes, domains, need kinds'
/// descriptions, reasons for non-admissibility). Every edit is an undoable command through
/// RecordService, refused with its reason under the tabs and in the status bar.
class ProgrammePage : public QWidget
{
    Q_OBJECT
public:
    explicit ProgrammePage(QWidget *parent = nullptr);
    ~ProgrammePage() override;

    /// Shows the programme of @p document (its first); everything is built anew for each file.
    void setDocument(Document *document);

    RecordTableModel *promotionsModel() const { return m_promotions; }
    RecordTableModel *phasesModel() const { return m_phases; }
    RecordTableModel *tranchesModel() const { return m_tranches; }
    RecordTableModel *themesModel() const { return m_themes; }
    RecordTableModel *domainsModel() const { return m_domains; }
    RecordTableModel *reasonsModel() const { return m_reasons; }
    NeedKindModel *needKindsModel() const { return m_needKinds; }

Q_SIGNALS:
    /// A refusal to show in the status bar.
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// One editable table with its Add and Remove buttons.
    struct Table
    {
        QTableView *view = nullptr;
        RecordTableModel *model = nullptr;
        QPushButton *add = nullptr;
        QPushButton *remove = nullptr;
        std::function<void(Table &)> insert;
        QString removeText; ///< undo text of a removal, set by retranslateUi()
    };

    void build();
    QWidget *buildSettings();
    QWidget *buildCalendar();
    QWidget *buildLists();
    /// A table of @p model in @p box with Add/Remove buttons named after @p name.
    Table &addTable(QGroupBox *box, RecordTableModel *model, const QString &name,
        std::function<void(Table &)> insert);
    QTableView *makeView(QWidget *parent, const QString &name);
    void retranslateUi();
    bool push(std::unique_ptr<DatabaseCommand> command);
    void showProblem(const QString &message);
    /// Inserts a row into @p table and opens the editor of its column @p column.
    void insertAndEdit(Table &table, const QVariantMap &values, const QString &text, int column);
    void removeSelected(Table &table);
    /// A name for a new row that no row of @p model's first column has yet.
    static QString freshName(const RecordTableModel *model, const QString &base);
    qint64 selectedPromotion() const;
    void promotionChanged();
    void movePhase(int delta);
    void updateButtons();

    QPointer<Document> m_document;
    qint64 m_programmeId = 0;
    QWidget *m_content = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_noProgramme = nullptr;
    QTabWidget *m_tabs = nullptr;
    FieldBinder *m_binder = nullptr;
    QFormLayout *m_settingsForm = nullptr;
    QList<QLabel *> m_settingsLabels;
    QGroupBox *m_trancheBox = nullptr;
    QGroupBox *m_promotionBox = nullptr;
    QGroupBox *m_phaseBox = nullptr;
    QGroupBox *m_themeBox = nullptr;
    QGroupBox *m_domainBox = nullptr;
    QGroupBox *m_needKindBox = nullptr;
    QGroupBox *m_reasonBox = nullptr;
    QPushButton *m_purgeButton = nullptr;
    QPushButton *m_phaseUp = nullptr;
    QPushButton *m_phaseDown = nullptr;
    QTableView *m_needKindView = nullptr;
    RecordTableModel *m_tranches = nullptr;
    RecordTableModel *m_promotions = nullptr;
    RecordTableModel *m_phases = nullptr;
    RecordTableModel *m_themes = nullptr;
    RecordTableModel *m_domains = nullptr;
    RecordTableModel *m_reasons = nullptr;
    NeedKindModel *m_needKinds = nullptr;
    std::list<Table> m_tables;
    qint64 m_currentPromotion = 0;
};

} // namespace tremplin

// SPDX-License-Identifier: GPL-3.0-or-later
#include "juryscoregrid.h"

#include "../deferredrefresh.h"
#include "../document.h"
#include "../style.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace tremplin {

namespace {

const char *const editedIndex = "juryEditedIndex";

/// Line editors for scores and comments that check what was typed before Tab or Enter write
/// it: a refused value keeps the editor open, marked, with the reason.
class JuryScoreDelegate : public QStyledItemDelegate
{
public:
    explicit JuryScoreDelegate(JuryScoreView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    { }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        auto *editor = new QLineEdit(parent);
        editor->setFrame(false);
        editor->setProperty(editedIndex, QVariant::fromValue(QPersistentModelIndex(index)));
        const auto *model = qobject_cast<const ScoreGridModel *>(index.model());
        if (model && index.column() < model->totalColumn())
            editor->setAlignment(Qt::AlignCenter);
        Q_UNUSED(option)
        return editor;
    }

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        auto *editor = qobject_cast<QLineEdit *>(object);
        if (editor && event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            const bool next = key == Qt::Key_Tab || key == Qt::Key_Return || key == Qt::Key_Enter;
            const bool previous = key == Qt::Key_Backtab;
            if (next || previous) {
                const QModelIndex index
                    = editor->property(editedIndex).value<QPersistentModelIndex>();
                const auto *model = qobject_cast<const ScoreGridModel *>(index.model());
                const QString why = model ? model->problemFor(index, editor->text()) : QString();
                if (!why.isEmpty()) {
                    editor->setStyleSheet(style::errorBorder());
                    editor->setToolTip(why);
                    editor->selectAll();
                    Q_EMIT m_view->message(why);
                    return true;
                }
                Q_EMIT commitData(editor);
                Q_EMIT closeEditor(editor, previous ? EditPreviousItem : EditNextItem);
                return true;
            }
        }
        return QStyledItemDelegate::eventFilter(object, event);
    }

private:
    JuryScoreView *m_view;
};

} // namespace

JuryScoreView::JuryScoreView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("juryScoreView"));
    setItemDelegate(new JuryScoreDelegate(this));
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
        | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setTabKeyNavigation(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    horizontalHeader()->setHighlightSections(true);
    horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    horizontalHeader()->setMinimumSectionSize(40);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // A long project name is elided; the row's tooltip has it whole.
    verticalHeader()->setMaximumWidth(320);
}

QModelIndex JuryScoreView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    if ((cursorAction != MoveNext && cursorAction != MovePrevious) || !model())
        return QTableView::moveCursor(cursorAction, modifiers);
    // Next and previous go through the cells a score or a comment can be typed in, row by row.
    const int rows = model()->rowCount(rootIndex());
    const int columns = model()->columnCount(rootIndex());
    const QModelIndex current = currentIndex();
    int position = current.isValid() ? current.row() * columns + current.column()
                                     : (cursorAction == MoveNext ? -1 : rows * columns);
    const int step = cursorAction == MoveNext ? 1 : -1;
    for (position += step; position >= 0 && position < rows * columns; position += step) {
        const QModelIndex index
            = model()->index(position / columns, position % columns, rootIndex());
        if ((index.flags() & Qt::ItemIsEditable) && !isColumnHidden(index.column()))
            return index;
    }
    return {};
}

bool JuryScoreView::commitOpenEditor()
{
    const QModelIndex current = currentIndex();
    auto *editor
        = state() == EditingState ? qobject_cast<QLineEdit *>(indexWidget(current)) : nullptr;
    if (!editor)
        return true;
    const auto *grid = qobject_cast<const ScoreGridModel *>(model());
    const QString why = grid ? grid->problemFor(current, editor->text()) : QString();
    if (!why.isEmpty()) {
        Q_EMIT message(why);
        return false;
    }
    commitData(editor);
    closeEditor(editor, QAbstractItemDelegate::NoHint);
    return true;
}

void JuryScoreView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    if (state() != EditingState && current.isValid()) {
        switch (event->key()) {
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            if (current.flags() & Qt::ItemIsEditable)
                model()->setData(current, QString());
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter: {
            const QModelIndex next = moveCursor(MoveNext, Qt::NoModifier);
            if (next.isValid())
                setCurrentIndex(next);
            return;
        }
        default:
            break;
        }
    }
    QTableView::keyPressEvent(event);
}

void JuryScoreView::mousePressEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid() && !(index.flags() & Qt::ItemIsEnabled))
        Q_EMIT message(index.data(ScoreGridModel::UnavailableRole).toString());
    QTableView::mousePressEvent(event);
}

JuryScoreGrid::JuryScoreGrid(QWidget *parent)
    : QWidget(parent)
    , m_model(new JuryScoreModel(this))
    , m_view(new JuryScoreView(this))
    , m_namesRefresh(new DeferredRefresh(this, [this] { m_model->reload(); }))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("juryScoreGrid"));
    m_view->setModel(m_model);
    m_message->setObjectName(QStringLiteral("juryScoreMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(style::errorText());
    m_message->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);

    connect(m_view, &JuryScoreView::message, this, &JuryScoreGrid::setMessage);
    connect(m_model, &JuryScoreModel::problem, this, &JuryScoreGrid::setMessage);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        m_keptMember = current.isValid() ? m_model->memberAt(current.row()) : 0;
        m_keptInitiative = current.isValid() ? m_model->initiativeAt(current.row()) : 0;
        m_keptColumn = current.isValid() ? current.column() : 0;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        sizeColumns();
        int row = m_model->rowOf(m_keptMember, m_keptInitiative);
        int column = m_keptColumn;
        if (row < 0) {
            // A new juror or application: the first cell that can be scored.
            const QModelIndex first = m_model->index(0, 0);
            m_view->setCurrentIndex(first);
            if (!(first.flags() & Qt::ItemIsEditable)) {
                const QModelIndex next = m_view->nextCell();
                if (next.isValid())
                    m_view->setCurrentIndex(next);
            }
        } else {
            m_view->setCurrentIndex(m_model->index(row, qMin(column, m_model->columnCount() - 1)));
        }
        emitCurrentPair();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &JuryScoreGrid::emitCurrentPair);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &JuryScoreGrid::emitCurrentPair);
}

void sizeScoreColumns(QTableView *view, const ScoreGridModel &model)
{
    // The criteria's names wrap on two lines so that every criterion, the total and the
    // comment fit beside the applications' names at 1366 px; each name is whole in its tooltip.
    QHeaderView *header = view->horizontalHeader();
    // Measured in bold: the current cell's column header is drawn in bold.
    QFont bold = header->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int minimum = metrics.horizontalAdvance(QStringLiteral("00,00")) + 24;
    const int twoLines = 2 * metrics.lineSpacing();
    for (int c = 0; c < model.totalColumn(); ++c) {
        const QString name = model.headerData(c, Qt::Horizontal).toString();
        // The narrowest width (by steps) at which the name takes at most two lines.
        int width = minimum;
        while (width < 4 * minimum) {
            const QRect needed
                = metrics.boundingRect(QRect(0, 0, width - 12, 1000), Qt::TextWordWrap, name);
            if (needed.height() <= twoLines && needed.width() <= width - 12)
                break;
            width += 8;
        }
        header->setSectionResizeMode(c, QHeaderView::Interactive);
        header->resizeSection(c, width);
    }
    if (model.columnCount() > 0) {
        header->setSectionResizeMode(model.totalColumn(), QHeaderView::ResizeToContents);
        header->setSectionResizeMode(model.commentColumn(), QHeaderView::Stretch);
    }
    header->setMinimumHeight(twoLines + 12);
}

void JuryScoreGrid::sizeColumns()
{
    sizeScoreColumns(m_view, *m_model);
}

void JuryScoreGrid::setDocument(Document *document)
{
    if (m_document)
        disconnect(&m_document->database(), nullptr, this, nullptr);
    m_document = document;
    setMessage(QString());
    m_model->setDocument(document);
    if (document) {
        connect(&document->database(), &Database::changed, this, [this](const ChangeSet &changes) {
            if (m_model->sessionId() != 0
                && touches(changes,
                    { QLatin1String("initiative"), QLatin1String("person"),
                        QLatin1String("committee") }))
                m_namesRefresh->request();
        });
    }
}

void JuryScoreGrid::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_namesRefresh->flushIfStale();
}

void JuryScoreGrid::showJuror(qint64 sessionId, qint64 memberId)
{
    setMessage(QString());
    m_model->show(sessionId, JuryScoreModel::Orientation::ByJuror, memberId);
}

void JuryScoreGrid::showApplication(qint64 sessionId, qint64 initiativeId)
{
    setMessage(QString());
    m_model->show(sessionId, JuryScoreModel::Orientation::ByApplication, initiativeId);
}

QString JuryScoreGrid::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void JuryScoreGrid::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void JuryScoreGrid::emitCurrentPair()
{
    const QModelIndex current = m_view->currentIndex();
    Q_EMIT currentPairChanged(current.isValid() ? m_model->memberAt(current.row()) : 0,
        current.isValid() ? m_model->initiativeAt(current.row()) : 0);
}

void JuryScoreGrid::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setMessage(QString());
        m_model->reload();
        sizeColumns();
    }
    QWidget::changeEvent(event);
}

} // namespace tremplin

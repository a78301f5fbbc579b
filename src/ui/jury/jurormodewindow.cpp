// SPDX-License-Identifier: GPL-3.0-or-later
#include "jurormodewindow.h"

#include "../style.h"
#include "core/database/sqlitedialect.h"
#include "core/domain/money.h"
#include "core/error.h"
#include "core/packs/jurorpack.h"
#include "jurormodemodel.h"
#include "juryscoregrid.h"

#include <QCloseEvent>
#include <QDir>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tremplin {

namespace {

QString scoreText(double score)
{
    return QLocale().toString(score, 'g', 6);
}

} // namespace

bool JurorModeWindow::isJurorPack(const QString &path)
{
    QString error;
    const auto header = SqliteDialect::readHeader(path, &error);
    return error.isEmpty()
        && (header.isEncryptedPack
            || header.applicationId == SqliteDialect::JurorPackApplicationId);
}

JurorModeWindow *JurorModeWindow::open(const QString &path, QWidget *parent, QString *error)
{
    QString readError;
    const bool encrypted = SqliteDialect::readHeader(path, &readError).isEncryptedPack;
    QString passphrase;
    QString why;
    std::unique_ptr<JurorPack> pack;
    while (!pack) {
        if (encrypted) {
            QInputDialog ask(parent);
            ask.setObjectName(QStringLiteral("packPassphraseDialog"));
            ask.setWindowTitle(tr("Juror Pack Passphrase"));
            const QString question = tr("%1 is locked with a passphrase. Type it to open the "
                                        "pack; it is saved locked with the same passphrase.")
                                         .arg(QDir::toNativeSeparators(path));
            ask.setLabelText(why.isEmpty() ? question : why + QStringLiteral("\n\n") + question);
            ask.setTextEchoMode(QLineEdit::Password);
            if (ask.exec() != QDialog::Accepted) {
                if (error)
                    error->clear();
                return nullptr;
            }
            passphrase = ask.textValue();
        }
        try {
            pack = JurorPack::open(path, passphrase);
        } catch (const Error &e) {
            if (!encrypted || passphrase.isEmpty()) {
                if (error)
                    *error = e.message();
                if (!encrypted)
                    return nullptr;
            }
            why = e.message();
        }
    }
    auto *window = new JurorModeWindow(std::move(pack), parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    return window;
}

JurorModeWindow::JurorModeWindow(std::unique_ptr<JurorPack> pack, QWidget *parent)
    : QMainWindow(parent, Qt::Window)
    , m_pack(std::move(pack))
    , m_undo(new QUndoStack(this))
    , m_model(new PackScoreModel(*m_pack, *m_undo, this))
    , m_view(new JuryScoreView(this))
    , m_header(new QLabel(this))
    , m_message(new QLabel(this))
    , m_details(new QTextBrowser(this))
    , m_criteria(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("jurorModeWindow"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->setMaximumWidth(280);
    m_header->setObjectName(QStringLiteral("jurorModeHeader"));
    m_header->setWordWrap(true);
    m_header->setStyleSheet(style::banner());
    m_message->setObjectName(QStringLiteral("jurorModeMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(style::errorText());
    m_message->hide();
    m_details->setObjectName(QStringLiteral("jurorModeApplication"));
    m_details->setOpenLinks(false);
    m_criteria->setObjectName(QStringLiteral("jurorModeCriteria"));

    auto *grid = new QWidget(this);
    auto *gridLayout = new QVBoxLayout(grid);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->addWidget(m_view, 1);
    gridLayout->addWidget(m_message);
    auto *side = new QSplitter(Qt::Vertical, this);
    side->addWidget(m_details);
    side->addWidget(m_criteria);
    side->setStretchFactor(0, 3);
    side->setStretchFactor(1, 2);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(grid);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_header);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_fileMenu = menuBar()->addMenu(QString());
    m_save = m_fileMenu->addAction(QString(), this, &JurorModeWindow::save);
    m_save->setObjectName(QStringLiteral("jurorModeSave"));
    m_save->setShortcut(QKeySequence::Save);
    m_fileMenu->addSeparator();
    m_close = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_close->setObjectName(QStringLiteral("jurorModeClose"));
    m_close->setShortcut(QKeySequence::Close);
    m_editMenu = menuBar()->addMenu(QString());
    m_undoAction = m_undo->createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);

    connect(
        m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { setWindowModified(!clean); });
    connect(m_view, &JuryScoreView::message, this, &JurorModeWindow::setMessage);
    connect(m_model, &PackScoreModel::problem, this, &JurorModeWindow::setMessage);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &JurorModeWindow::showCurrentApplication);

    sizeScoreColumns(m_view, *m_model);
    m_view->setCurrentIndex(m_model->index(0, 0));
    m_view->setFocus();
    retranslateUi();
    // Most of the screen: the grid with every criterion and the comment, and the application.
    if (QScreen *shown = screen())
        resize(shown->availableGeometry().size() * 0.95);
}

JurorModeWindow::~JurorModeWindow() = default;

void JurorModeWindow::retranslateUi()
{
    const PackInfo &info = m_pack->info();
    setWindowTitle(tr("Juror pack — %1 — %2[*]").arg(info.jurorName, info.sessionName));
    m_header->setText(
        tr("<b>Juror pack of %1</b> for the session “%2”. Score each application from %3 to %4 "
           "by steps of %5: type a score, then Tab or Enter; Delete clears it. Save with Ctrl+S "
           "and give the pack back to the coordinator.%6")
            .arg(info.jurorName.toHtmlEscaped(), info.sessionName.toHtmlEscaped(),
                scoreText(info.scaleMin), scoreText(info.scaleMax), scoreText(info.scaleStep),
                m_pack->isEncrypted() ? tr(" The pack stays locked with its passphrase.")
                                      : QString()));
    m_fileMenu->setTitle(tr("&File"));
    m_save->setText(tr("&Save"));
    m_save->setStatusTip(tr("Write your scores and comments into the pack"));
    m_close->setText(tr("&Close"));
    m_editMenu->setTitle(tr("&Edit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    QString criteria = QStringLiteral("<h3>%1</h3>").arg(tr("Criteria").toHtmlEscaped());
    for (const JuryCriterion &c : m_model->criteria()) {
        criteria += QStringLiteral("<p><b>%1</b>").arg(c.name.toHtmlEscaped());
        if (!qFuzzyCompare(c.weight, 1.0))
            criteria += QStringLiteral(" — ") + tr("weight %1").arg(scoreText(c.weight));
        if (!c.description.isEmpty())
            criteria += QStringLiteral("<br>") + c.description.toHtmlEscaped();
        criteria += QStringLiteral("</p>");
    }
    m_criteria->setHtml(criteria);
    showCurrentApplication();
}

void JurorModeWindow::showCurrentApplication()
{
    const QModelIndex current = m_view->currentIndex();
    const PackApplication *a = m_model->applicationAt(current.isValid() ? current.row() : -1);
    if (!a) {
        m_details->setHtml(tr("<p>There is no application in this pack.</p>"));
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3>").arg(a->name.toHtmlEscaped());
    const auto line = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    line(tr("Dossier:"), a->dsNumber != 0 ? QString::number(a->dsNumber) : QString());
    line(tr("Carrier:"), a->carrier);
    line(tr("Budget:"), a->budgetCents ? Money::fromCents(*a->budgetCents).toString() : QString());
    if (!a->description.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(a->description.toHtmlEscaped().replace(
                        QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    m_details->setHtml(html);
}

QString JurorModeWindow::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void JurorModeWindow::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool JurorModeWindow::save()
{
    // A score still being typed is written first, as Tab would; a refused one is not saved.
    if (!m_view->commitOpenEditor())
        return false;
    try {
        m_pack->save();
    } catch (const Error &e) {
        QMessageBox::critical(this, tr("Save the Juror Pack"), e.message());
        return false;
    }
    m_undo->setClean();
    statusBar()->showMessage(tr("Pack saved. Give it back to the coordinator."), 8000);
    return true;
}

void JurorModeWindow::closeEvent(QCloseEvent *event)
{
    m_view->commitOpenEditor();
    if (m_undo->isClean()) {
        event->accept();
        return;
    }
    QMessageBox ask(QMessageBox::Question, tr("Unsaved Scores"),
        tr("Your scores and comments in this pack are not saved. Save them before closing?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("jurorModeUnsaved"));
    ask.setDefaultButton(QMessageBox::Save);
    const int answer = ask.exec();
    if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save())) {
        event->ignore();
        return;
    }
    event->accept();
}

void JurorModeWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

} // namespace tremplin

// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldbinder.h"

#include "../commands/databasecommand.h"
#include "../document.h"
#include "../style.h"
#include "core/domain/money.h"
#include "core/error.h"
#include "core/services/records.h"
#include "referencepicker.h"
#include "themepicker.h"

#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>

namespace tremplin {

FieldBinder::FieldBinder(Document &document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(WriteDelayMs);
    connect(&m_pause, &QTimer::timeout, this, &FieldBinder::flush);
    connect(&document, &Document::flushRequested, this, &FieldBinder::flush);
    connect(&document.database(), &Database::changed, this, [this](const ChangeSet &changes) {
        if (concerns(changes))
            reload();
    });
}

bool FieldBinder::concerns(const ChangeSet &changes) const
{
    const QStringList shown = tables();
    for (const Change &c : changes) {
        if (!shown.contains(c.entity))
            continue;
        // A record added or removed may be the one a field shows next (a carrier deleted).
        if (c.id <= 0 || c.kind != Change::Updated)
            return true;
        // An update of another record of the same table (another initiative's town) changes
        // nothing shown here.
        bool bound = false;
        for (const Binding &b : m_bindings) {
            if (b.table != c.entity)
                continue;
            bound = true;
            try {
                if (b.id() == c.id)
                    return true;
            } catch (const Error &) {
                return true; // read again: the reload reports the failure
            }
        }
        if (!bound)
            return true; // a table a field lists (the themes), not the record it edits
    }
    return false;
}

QStringList FieldBinder::tables() const
{
    QStringList out;
    for (const Binding &b : m_bindings) {
        if (!out.contains(b.table))
            out.append(b.table);
        const FieldSpec *spec = RecordService::field(b.table, b.column);
        if (spec && spec->kind == FieldKind::Themes && !out.contains(QStringLiteral("theme")))
            out << QStringLiteral("theme") << QStringLiteral("initiative_theme");
    }
    return out;
}

void FieldBinder::typed(int index)
{
    if (m_loading)
        return;
    m_bindings[index].unwritten = true;
    m_pause.start();
}

void FieldBinder::flush()
{
    m_pause.stop();
    for (int i = 0; i < m_bindings.size(); ++i) {
        if (m_bindings.at(i).unwritten)
            edited(i);
    }
}

bool FieldBinder::hasUnwrittenTyping() const
{
    return std::any_of(
        m_bindings.cbegin(), m_bindings.cend(), [](const Binding &b) { return b.unwritten; });
}

bool FieldBinder::eventFilter(QObject *watched, QEvent *event)
{
    // A multi-line field has no editingFinished: leaving it writes it.
    if (event->type() == QEvent::FocusOut) {
        for (int i = 0; i < m_bindings.size(); ++i) {
            if (m_bindings.at(i).editor.data() == watched && m_bindings.at(i).unwritten)
                edited(i);
        }
    }
    return QObject::eventFilter(watched, event);
}

void FieldBinder::bind(
    QWidget *editor, QFormLayout *layout, const QString &table, const QString &column, IdSource id)
{
    Binding b;
    b.editor = editor;
    b.table = table;
    b.column = column;
    b.id = std::move(id);
    auto *message = new QLabel(editor->parentWidget());
    message->setObjectName(editor->objectName() + QStringLiteral("Problem"));
    message->setWordWrap(true);
    message->setStyleSheet(style::errorText());
    message->hide();
    int row = -1;
    QFormLayout::ItemRole role;
    layout->getWidgetPosition(editor, &row, &role);
    if (row >= 0)
        layout->insertRow(row + 1, QString(), message);
    b.message = message;
    b.label = qobject_cast<QLabel *>(layout->labelForField(editor));
    const int index = int(m_bindings.size());
    m_bindings.append(b);
    const auto leave = [this, index] {
        if (m_bindings.at(index).unwritten)
            edited(index);
    };
    if (auto *picker = qobject_cast<ReferencePicker *>(editor)) {
        connect(picker, &ReferencePicker::chosen, this, [this, index] { edited(index); });
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        connect(line, &QLineEdit::textEdited, this, [this, index] { typed(index); });
        connect(line, &QLineEdit::editingFinished, this, leave);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        connect(text, &QPlainTextEdit::textChanged, this, [this, index] { typed(index); });
        text->installEventFilter(this);
    } else if (auto *themes = qobject_cast<ThemePicker *>(editor)) {
        connect(themes, &ThemePicker::edited, this, [this, index] { edited(index); });
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->isEditable()) {
            connect(combo, &QComboBox::currentTextChanged, this, [this, index] { typed(index); });
            connect(combo->lineEdit(), &QLineEdit::editingFinished, this, leave);
        } else {
            connect(combo, &QComboBox::activated, this, [this, index] { edited(index); });
        }
    }
}

QVariant FieldBinder::widgetValue(const Binding &b) const
{
    if (auto *picker = qobject_cast<ReferencePicker *>(b.editor))
        return picker->id();
    if (auto *line = qobject_cast<QLineEdit *>(b.editor))
        return line->text();
    if (auto *text = qobject_cast<QPlainTextEdit *>(b.editor))
        return text->toPlainText();
    if (auto *themes = qobject_cast<ThemePicker *>(b.editor))
        return themes->checked();
    if (auto *combo = qobject_cast<QComboBox *>(b.editor)) {
        if (combo->isEditable())
            return combo->currentText();
        return combo->currentData();
    }
    return {};
}

void FieldBinder::setWidgetValue(Binding &b, const QVariant &value)
{
    if (auto *picker = qobject_cast<ReferencePicker *>(b.editor)) {
        picker->setId(value.toLongLong());
    } else if (auto *line = qobject_cast<QLineEdit *>(b.editor)) {
        const FieldSpec *spec = RecordService::field(b.table, b.column);
        QString text = value.typeId() == QMetaType::QStringList
            ? value.toStringList().join(QStringLiteral("; "))
            : value.toString();
        // Amounts and dates are shown as the user's language writes them.
        if (spec && spec->kind == FieldKind::Money && !value.isNull())
            text = Money::fromCents(value.toLongLong()).toString(QLocale());
        if (spec && (spec->kind == FieldKind::Real || spec->kind == FieldKind::RequiredReal)
            && !value.isNull())
            text = QLocale().toString(value.toDouble(), 'g', 12);
        // A share shown as a percentage ("100 %" in French, "100%" in English).
        if (line->property("percent").toBool() && !value.isNull())
            text = tr("%1%", "a percentage")
                       .arg(QLocale().toString(value.toDouble() * 100.0, 'g', 12));
        if (spec && (spec->kind == FieldKind::Date || spec->kind == FieldKind::RequiredDate)
            && !value.isNull()) {
            const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
            if (d.isValid())
                text = QLocale().toString(d, QLocale::ShortFormat);
        }
        if (line->text() != text)
            line->setText(text);
    } else if (auto *edit = qobject_cast<QPlainTextEdit *>(b.editor)) {
        if (edit->toPlainText() != value.toString())
            edit->setPlainText(value.toString());
    } else if (auto *themes = qobject_cast<ThemePicker *>(b.editor)) {
        themes->setChecked(value.toStringList());
    } else if (auto *combo = qobject_cast<QComboBox *>(b.editor)) {
        if (combo->isEditable()) {
            if (combo->currentText() != value.toString())
                combo->setEditText(value.toString());
        } else {
            int i = combo->findData(value);
            if (i < 0 && value.isNull())
                i = combo->findData(QVariant(qint64(0)));
            combo->setCurrentIndex(i);
        }
    }
}

void FieldBinder::reload()
{
    m_loading = true;
    for (int i = 0; i < m_bindings.size(); ++i) {
        Binding &b = m_bindings[i];
        // Keep what the user is typing (trailing spaces, their own spelling of a SIRET...).
        if (!b.editor || !b.problem.isEmpty() || b.unwritten || i == m_editing)
            continue;
        const qint64 id = b.id();
        b.editor->setEnabled(id > 0);
        if (id <= 0) {
            setWidgetValue(b, QVariant());
            continue;
        }
        try {
            setWidgetValue(b, RecordService(m_document.database()).value(b.table, b.column, id));
        } catch (const Error &e) {
            m_document.database().reportReadFailure(e.message());
        }
    }
    m_loading = false;
}

void FieldBinder::showProblem(Binding &b, const QString &problem)
{
    b.problem = problem;
    if (b.message) {
        b.message->setText(problem);
        b.message->setVisible(!problem.isEmpty());
    }
    if (b.editor) {
        b.editor->setStyleSheet(problem.isEmpty() ? QString() : style::errorBorder());
        b.editor->setAccessibleDescription(problem);
    }
    Q_EMIT problemsChanged();
}

void FieldBinder::edited(int index)
{
    if (m_loading)
        return;
    Binding &b = m_bindings[index];
    b.unwritten = false;
    const qint64 id = b.id();
    if (id <= 0)
        return;
    QVariant value = widgetValue(b);
    if (const FieldSpec *spec = RecordService::field(b.table, b.column)) {
        if (spec->kind == FieldKind::Themes && value.typeId() != QMetaType::QStringList)
            value = value.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
        if (spec->kind == FieldKind::Money) {
            const auto money = Money::parse(value.toString(), QLocale());
            if (!money) {
                showProblem(b,
                    tr("%1: enter an amount such as %2.")
                        .arg(RecordService::label(*spec),
                            Money::fromCents(123456).toString(QLocale())));
                return;
            }
            value = money->cents();
        }
        if (b.editor->property("percent").toBool() && !value.toString().trimmed().isEmpty()) {
            QString t = value.toString();
            t.remove(u'%').remove(u' ').remove(QChar(0x00a0)).remove(QChar(0x202f));
            bool ok = false;
            double d = QLocale().toDouble(t, &ok);
            if (!ok)
                d = t.toDouble(&ok);
            if (!ok || d < 1.0 || d > 100.0) {
                showProblem(b,
                    tr("%1: enter a percentage between 1 and 100.")
                        .arg(RecordService::label(*spec)));
                return;
            }
            value = d / 100.0;
        } else if ((spec->kind == FieldKind::Real || spec->kind == FieldKind::RequiredReal)
            && !value.toString().trimmed().isEmpty()) {
            // Decimals as the user's language writes them ("0,5" in French), or with a point.
            bool ok = false;
            const double d = QLocale().toDouble(value.toString().trimmed(), &ok);
            if (ok)
                value = d;
        }
        if ((spec->kind == FieldKind::Date || spec->kind == FieldKind::RequiredDate)
            && !value.toString().trimmed().isEmpty()) {
            // Accept the user's way of writing dates as well as ISO.
            QDate d = QDate::fromString(value.toString().trimmed(), Qt::ISODate);
            if (!d.isValid())
                d = QLocale().toDate(value.toString().trimmed(), QLocale::ShortFormat);
            if (!d.isValid())
                d = QLocale().toDate(value.toString().trimmed(), QStringLiteral("d/M/yyyy"));
            if (d.isValid())
                value = d.toString(Qt::ISODate);
        }
    }
    RecordService records(m_document.database());
    const QString problem = records.problem(b.table, b.column, id, value);
    if (!problem.isEmpty()) {
        showProblem(b, problem);
        return;
    }
    const QString text = b.table == QLatin1String("initiative") && b.column == QLatin1String("name")
        ? tr("Rename initiative")
        : tr("Change %1").arg(shownLabel(b));
    auto command
        = std::make_unique<SetFieldCommand>(m_document, b.table, b.column, id, value, text);
    QString error;
    showProblem(b, QString());
    m_editing = index;
    const bool ok = DatabaseCommand::push(m_document, std::move(command), &error);
    m_editing = -1;
    if (!ok)
        showProblem(m_bindings[index], error);
}

QString FieldBinder::shownLabel(const Binding &b) const
{
    // The label as the form shows it ("SIRET", not the column "siret"), in the current language:
    // without its shortcut marker and its colon (French puts a no-break space before it).
    QString text;
    if (b.label)
        text = b.label->text();
    if (text.isEmpty()) {
        const FieldSpec *spec = RecordService::field(b.table, b.column);
        return spec ? RecordService::label(*spec) : b.column;
    }
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    while (!text.isEmpty() && (text.endsWith(QLatin1Char(':')) || text.back().isSpace()))
        text.chop(1);
    return text;
}

void FieldBinder::discardPending()
{
    m_pause.stop();
    for (Binding &b : m_bindings) {
        b.problem.clear();
        b.unwritten = false;
    }
}

QStringList FieldBinder::pendingProblems() const
{
    QStringList out;
    for (const Binding &b : m_bindings) {
        if (!b.problem.isEmpty())
            out.append(b.problem);
    }
    return out;
}

} // namespace tremplin

// SPDX-License-Identifier: GPL-3.0-or-later
#include "grantfilterbar.h"

#include "core/database/database.h"
#include "core/error.h"
#include "core/services/programmeservice.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QStyleOptionSpinBox>
#include <QWheelEvent>
#include <functional>

namespace tremplin {

namespace {
/// "Any date": the date edits' minimum, shown as their special value text.
const QDate NoDate(1900, 1, 1);

/// A combo box that asks for its items when the user reaches for them.
class LazyComboBox : public QComboBox
{
public:
    LazyComboBox(QWidget *parent, std::function<void()> fill)
        : QComboBox(parent)
        , m_fill(std::move(fill))
    { }
    void showPopup() override
    {
        m_fill();
        QComboBox::showPopup();
    }

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        m_fill();
        QComboBox::keyPressEvent(event);
    }
    void wheelEvent(QWheelEvent *event) override
    {
        m_fill();
        QComboBox::wheelEvent(event);
    }

private:
    std::function<void()> m_fill;
};

QDateEdit *dateFilter(QWidget *parent, const char *name)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(NoDate);
    edit->setDate(NoDate);
    return edit;
}
} // namespace

GrantFilterBar::GrantFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_promotion(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_initiative(new LazyComboBox(this, [this] { fillInitiatives(); }))
    , m_from(dateFilter(this, "fromFilter"))
    , m_to(dateFilter(this, "toFilter"))
{
    m_promotion->setObjectName(QStringLiteral("promotionFilter"));
    m_source->setObjectName(QStringLiteral("sourceFilter"));
    m_initiative->setObjectName(QStringLiteral("initiativeFilter"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QComboBox *c : { m_promotion, m_source, m_initiative }) {
        // Long names must not widen the window beyond the screen.
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(12);
        c->addItem(QString(), qint64(0));
        layout->addWidget(c);
        connect(c, &QComboBox::currentIndexChanged, this, &GrantFilterBar::changed);
    }
    for (QDateEdit *edit : { m_from, m_to }) {
        layout->addWidget(edit);
        // "Any date" is the minimum date (1900): the calendars open on the programme's dates
        // instead.
        edit->calendarWidget()->installEventFilter(this);
        connect(edit, &QDateEdit::dateChanged, this, &GrantFilterBar::changed);
    }
    layout->addStretch(1);
    retranslateUi();
}

void GrantFilterBar::setDatabase(Database *db)
{
    m_db = db;
}

GrantFilter GrantFilterBar::filter() const
{
    GrantFilter f;
    f.promotionId = promotionId();
    f.fundingSourceId = fundingSourceId();
    f.initiativeId = initiativeId();
    if (m_from->date() != NoDate)
        f.from = m_from->date();
    if (m_to->date() != NoDate)
        f.to = m_to->date();
    return f;
}

qint64 GrantFilterBar::promotionId() const
{
    return m_promotion->currentData().toLongLong();
}

qint64 GrantFilterBar::fundingSourceId() const
{
    return m_source->currentData().toLongLong();
}

qint64 GrantFilterBar::initiativeId() const
{
    return m_initiative->currentData().toLongLong();
}

void GrantFilterBar::showInitiative(qint64 initiativeId)
{
    fillInitiatives();
    const int i = m_initiative->findData(initiativeId);
    m_initiative->setCurrentIndex(i < 0 ? 0 : i);
}

void GrantFilterBar::refill(QComboBox *combo, const QString &all, const QList<NamedId> &items)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(all, qint64(0));
    for (const NamedId &item : items)
        combo->addItem(item.name, item.id);
    const int i = combo->findData(current);
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

void GrantFilterBar::reload()
{
    QList<NamedId> promotions, sources;
    if (m_db && m_db->isOpen()) {
        for (const Promotion &p : ProgrammeService(*m_db).promotions())
            promotions.append({ p.id, p.name });
        sources = GrantLedger(*m_db).fundingSources();
    }
    const GrantFilter before = filter();
    refill(m_promotion, tr("All promotions"), promotions);
    refill(m_source, tr("All funding sources"), sources);
    m_initiativesStale = true;
    // An initiative chosen stays chosen: the list is read again now.
    if (before.initiativeId)
        fillInitiatives();
    const GrantFilter after = filter();
    // A chosen promotion, source or initiative that no longer exists filters nothing now.
    if (before.promotionId != after.promotionId || before.fundingSourceId != after.fundingSourceId
        || before.initiativeId != after.initiativeId)
        Q_EMIT changed();
}

void GrantFilterBar::fillInitiatives()
{
    if (!m_initiativesStale)
        return;
    m_initiativesStale = false;
    QList<NamedId> initiatives;
    try {
        if (m_db && m_db->isOpen())
            initiatives = GrantLedger(*m_db).initiativesWithGrants();
    } catch (const Error &e) {
        m_initiativesStale = true;
        Q_EMIT failed(e.message());
        return;
    }
    const qint64 before = initiativeId();
    refill(m_initiative, tr("All initiatives"), initiatives);
    if (initiativeId() != before)
        Q_EMIT changed();
}

void GrantFilterBar::retranslateUi()
{
    m_promotion->setItemText(0, tr("All promotions"));
    m_source->setItemText(0, tr("All funding sources"));
    m_initiative->setItemText(0, tr("All initiatives"));
    // Wide enough for the "All …" entry, in whichever language: a long name is elided, the
    // filter's own caption never is.
    for (QComboBox *c : { m_promotion, m_source, m_initiative })
        c->setMinimumContentsLength(std::max(12, int(c->itemText(0).size())));
    m_from->setSpecialValueText(tr("From: any date"));
    m_to->setSpecialValueText(tr("To: any date"));
    // QDateEdit sizes itself for dates, not for its "any date" text: keep that text whole.
    for (QDateEdit *edit : { m_from, m_to }) {
        QStyleOptionSpinBox option;
        option.initFrom(edit);
        option.subControls = QStyle::SC_SpinBoxFrame | QStyle::SC_SpinBoxEditField;
        const QSize text(
            edit->fontMetrics().horizontalAdvance(edit->specialValueText() + QStringLiteral("  ")),
            edit->sizeHint().height());
        const int arrow = edit->style()->pixelMetric(QStyle::PM_ScrollBarExtent, &option, edit);
        edit->setMinimumWidth(
            edit->style()->sizeFromContents(QStyle::CT_SpinBox, &option, text, edit).width()
            + arrow);
    }
    m_from->setAccessibleName(tr("Payments from"));
    m_to->setAccessibleName(tr("Payments until"));
    m_promotion->setAccessibleName(tr("Promotion filter"));
    m_source->setAccessibleName(tr("Funding source filter"));
    m_initiative->setAccessibleName(tr("Initiative filter"));
}

bool GrantFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show) {
        auto *calendar = qobject_cast<QCalendarWidget *>(watched);
        const bool from = calendar && calendar == m_from->calendarWidget();
        QDateEdit *edit = from ? m_from : calendar == m_to->calendarWidget() ? m_to : nullptr;
        if (edit && edit->date() == NoDate) {
            // The first and last dates of the grants shown (read when a calendar opens: it runs
            // over every payment).
            QPair<QDate, QDate> span;
            try {
                if (m_db && m_db->isOpen())
                    span = GrantLedger(*m_db).dateSpan(filter());
            } catch (const Error &e) {
                Q_EMIT failed(e.message());
            }
            QDate day = from ? span.first : span.second;
            if (!day.isValid())
                day = QDate::currentDate();
            calendar->setCurrentPage(day.year(), day.month());
        }
    }
    return QWidget::eventFilter(watched, event);
}

void GrantFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace tremplin

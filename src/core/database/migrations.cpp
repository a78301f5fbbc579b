// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "../error.h"
#include "../services/searchindex.h"
#include "../text/searchkey.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>

namespace tremplin {

namespace {

// Schema version 1: the whole programme. Conventions: money in integer cents (BIGINT), dates
// as ISO 8601 text (YYYY-MM-DD), timestamps as ISO 8601 UTC text, booleans as 0/1, enums as
// stable lower-case codes checked here. "grant" and "action" are SQL keywords, hence
// grant_award and action_item.
const char *const schemaV1 = R"sql(
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE IF NOT EXISTS programme (
    id %PK%,
    name TEXT NOT NULL,
    short_name TEXT,
    operator TEXT,
    description TEXT,
    website TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS promotion (
    id %PK%,
    programme_id BIGINT NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    name TEXT NOT NULL,
    year INTEGER,
    envelope_cents BIGINT NOT NULL DEFAULT 0 CHECK (envelope_cents >= 0),
    envelope_illustrative INTEGER NOT NULL DEFAULT 0 CHECK (envelope_illustrative IN (0, 1)),
    UNIQUE (programme_id, number)
);

CREATE TABLE IF NOT EXISTS phase (
    id %PK%,
    programme_id BIGINT NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
    promotion_id BIGINT REFERENCES promotion(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('call', 'selection', 'accompaniment', 'committee', 'event', 'other')),
    name TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    planned_start TEXT,
    planned_end TEXT,
    actual_start TEXT,
    actual_end TEXT,
    description TEXT,
    CHECK (planned_end IS NULL OR planned_start IS NULL OR planned_end >= planned_start),
    CHECK (actual_end IS NULL OR actual_start IS NULL OR actual_end >= actual_start)
);

CREATE TABLE IF NOT EXISTS administration (
    id %PK%,
    parent_id BIGINT REFERENCES administration(id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    short_name TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('ministry', 'directorate', 'agency', 'local_authority', 'operator', 'other')),
    website TEXT
);

CREATE TABLE IF NOT EXISTS organisation (
    id %PK%,
    name TEXT NOT NULL,
    legal_form TEXT NOT NULL CHECK (legal_form IN ('association', 'company', 'administration', 'local_authority', 'foundation', 'individual', 'other')),
    siret TEXT CHECK (siret IS NULL OR length(siret) = 14),
    rna TEXT CHECK (rna IS NULL OR length(rna) = 10),
    address TEXT,
    postcode TEXT,
    town TEXT,
    website TEXT,
    identifiers_illustrative INTEGER NOT NULL DEFAULT 0 CHECK (identifiers_illustrative IN (0, 1))
);

CREATE TABLE IF NOT EXISTS person (
    id %PK%,
    full_name TEXT NOT NULL,
    email TEXT,
    phone TEXT,
    job_title TEXT,
    organisation_id BIGINT REFERENCES organisation(id) ON DELETE SET NULL,
    administration_id BIGINT REFERENCES administration(id) ON DELETE SET NULL
);

CREATE TABLE IF NOT EXISTS theme (
    id %PK%,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE IF NOT EXISTS initiative (
    id %PK%,
    promotion_id BIGINT REFERENCES promotion(id) ON DELETE SET NULL,
    carrier_id BIGINT REFERENCES organisation(id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    lifecycle TEXT NOT NULL DEFAULT 'applicant' CHECK (lifecycle IN ('applicant', 'shortlisted', 'laureate', 'alumni', 'not_selected', 'withdrawn')),
    one_liner TEXT,
    description TEXT,
    website TEXT,
    domain TEXT,
    territories TEXT,
    town TEXT,
    main_impact TEXT,
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS initiative_promotion_idx ON initiative(promotion_id);
CREATE INDEX IF NOT EXISTS initiative_carrier_idx ON initiative(carrier_id);
CREATE INDEX IF NOT EXISTS initiative_lifecycle_idx ON initiative(lifecycle);

CREATE TABLE IF NOT EXISTS initiative_theme (
    initiative_id BIGINT NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
    theme_id BIGINT NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
    PRIMARY KEY (initiative_id, theme_id)
);
CREATE INDEX IF NOT EXISTS initiative_theme_theme_idx ON initiative_theme(theme_id);

CREATE TABLE IF NOT EXISTS participation (
    id %PK%,
    initiative_id BIGINT NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
    phase_id BIGINT NOT NULL REFERENCES phase(id) ON DELETE CASCADE,
    planned_start TEXT,
    planned_end TEXT,
    actual_start TEXT,
    actual_end TEXT,
    status TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'in_progress', 'on_track', 'at_risk', 'off_track', 'completed', 'stopped')),
    assessment TEXT,
    UNIQUE (initiative_id, phase_id),
    CHECK (actual_end IS NULL OR actual_start IS NULL OR actual_end >= actual_start)
);
CREATE INDEX IF NOT EXISTS participation_phase_idx ON participation(phase_id);

CREATE TABLE IF NOT EXISTS need (
    id %PK%,
    initiative_id BIGINT NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('consolidation', 'integration', 'deployment')),
    title TEXT NOT NULL,
    description TEXT,
    priority INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS need_initiative_idx ON need(initiative_id);

CREATE TABLE IF NOT EXISTS action_item (
    id %PK%,
    initiative_id BIGINT NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
    need_id BIGINT REFERENCES need(id) ON DELETE SET NULL,
    title TEXT NOT NULL,
    owner_id BIGINT REFERENCES person(id) ON DELETE SET NULL,
    administration_id BIGINT REFERENCES administration(id) ON DELETE SET NULL,
    priority INTEGER NOT NULL DEFAULT 0,
    due_date TEXT,
    status TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'in_progress', 'done', 'cancelled')),
    done_date TEXT,
    notes TEXT
);
CREATE INDEX IF NOT EXISTS action_item_initiative_idx ON action_item(initiative_id);
CREATE INDEX IF NOT EXISTS action_item_due_idx ON action_item(status, due_date);

CREATE TABLE IF NOT EXISTS initiative_person (
    id %PK%,
    initiative_id BIGINT NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
    person_id BIGINT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('carrier_contact', 'acceleration_officer', 'interministerial_referent', 'ministry_referent', 'public_partner', 'other')),
    administration_id BIGINT REFERENCES administration(id) ON DELETE SET NULL,
    since TEXT,
    UNIQUE (initiative_id, person_id, role)
);

CREATE TABLE IF NOT EXISTS initiative_partner (
    initiative_id BIGINT NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
    administration_id BIGINT NOT NULL REFERENCES administration(id) ON DELETE CASCADE,
    since TEXT,
    note TEXT,
    PRIMARY KEY (initiative_id, administration_id)
);
CREATE INDEX IF NOT EXISTS initiative_partner_admin_idx ON initiative_partner(administration_id);

CREATE TABLE IF NOT EXISTS funding_source (
    id %PK%,
    name TEXT NOT NULL,
    siret TEXT CHECK (siret IS NULL OR length(siret) = 14),
    administration_id BIGINT REFERENCES administration(id) ON DELETE SET NULL,
    identifiers_illustrative INTEGER NOT NULL DEFAULT 0 CHECK (identifiers_illustrative IN (0, 1))
);

CREATE TABLE IF NOT EXISTS committee (
    id %PK%,
    programme_id BIGINT NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
    promotion_id BIGINT REFERENCES promotion(id) ON DELETE CASCADE,
    phase_id BIGINT REFERENCES phase(id) ON DELETE SET NULL,
    kind TEXT NOT NULL CHECK (kind IN ('selection', 'acceleration', 'engagement', 'other')),
    name TEXT NOT NULL,
    held_on TEXT
);

CREATE TABLE IF NOT EXISTS decision (
    id %PK%,
    committee_id BIGINT NOT NULL REFERENCES committee(id) ON DELETE CASCADE,
    initiative_id BIGINT NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('continue', 'fund', 'continue_and_fund', 'stop', 'defer')),
    notes TEXT,
    UNIQUE (committee_id, initiative_id)
);

CREATE TABLE IF NOT EXISTS grant_award (
    id %PK%,
    initiative_id BIGINT NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
    funding_source_id BIGINT REFERENCES funding_source(id) ON DELETE SET NULL,
    decision_id BIGINT REFERENCES decision(id) ON DELETE SET NULL,
    tranche TEXT NOT NULL CHECK (tranche IN ('seed', 'second', 'deployment', 'other')),
    committed_cents BIGINT NOT NULL CHECK (committed_cents >= 0),
    decision_reference TEXT,
    decision_date TEXT,
    convention_date TEXT,
    conditions TEXT,
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'committed', 'released', 'cancelled')),
    illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),
    notes TEXT
);
CREATE INDEX IF NOT EXISTS grant_award_initiative_idx ON grant_award(initiative_id);

CREATE TABLE IF NOT EXISTS disbursement (
    id %PK%,
    grant_id BIGINT NOT NULL REFERENCES grant_award(id) ON DELETE CASCADE,
    paid_on TEXT NOT NULL,
    amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),
    reference TEXT,
    override_reason TEXT
);
CREATE INDEX IF NOT EXISTS disbursement_grant_idx ON disbursement(grant_id);
CREATE INDEX IF NOT EXISTS disbursement_paid_on_idx ON disbursement(paid_on);

CREATE TABLE IF NOT EXISTS indicator (
    id %PK%,
    initiative_id BIGINT NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    unit TEXT,
    baseline DOUBLE PRECISION,
    baseline_date TEXT,
    target DOUBLE PRECISION,
    target_date TEXT,
    direction TEXT NOT NULL DEFAULT 'increase' CHECK (direction IN ('increase', 'decrease', 'maintain'))
);
CREATE INDEX IF NOT EXISTS indicator_initiative_idx ON indicator(initiative_id);

CREATE TABLE IF NOT EXISTS measurement (
    id %PK%,
    indicator_id BIGINT NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
    measured_on TEXT NOT NULL,
    value DOUBLE PRECISION NOT NULL,
    note TEXT,
    UNIQUE (indicator_id, measured_on)
);

CREATE TABLE IF NOT EXISTS journal_entry (
    id %PK%,
    initiative_id BIGINT NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
    entry_date TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'note' CHECK (kind IN ('meeting', 'note', 'call', 'event', 'decision')),
    title TEXT NOT NULL,
    body TEXT,
    author TEXT
);
CREATE INDEX IF NOT EXISTS journal_entry_initiative_idx ON journal_entry(initiative_id, entry_date);

CREATE TABLE IF NOT EXISTS audit_log (
    id %PK%,
    changed_at TEXT NOT NULL,
    actor TEXT,
    entity TEXT NOT NULL,
    entity_id BIGINT,
    operation TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
    summary TEXT
);
CREATE INDEX IF NOT EXISTS audit_log_entity_idx ON audit_log(entity, entity_id)
)sql";

[[noreturn]] void fail(const QSqlQuery &q)
{
    throw Error(QCoreApplication::translate("tremplin::Database", "Database error: %1")
                    .arg(q.lastError().text()));
}

// Schema version 2: initiative.search_text, the accent-free search key of an initiative (name,
// carrier, town, description), kept up to date by the services. Written as code so that it is
// idempotent (the column is added only when missing) and portable (no ALTER ... IF NOT EXISTS).
void addInitiativeSearchKeys(QSqlDatabase &db, const SqlDialect &)
{
    if (!db.record(QStringLiteral("initiative")).contains(QStringLiteral("search_text"))) {
        QSqlQuery alter(db);
        if (!alter.exec(QStringLiteral("ALTER TABLE initiative ADD COLUMN search_text TEXT NOT "
                                       "NULL DEFAULT ''")))
            fail(alter);
    }
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT i.id, i.name, o.name, i.town, i.description FROM "
                                  "initiative i LEFT JOIN organisation o ON o.id = i.carrier_id")))
        fail(read);
    QSqlQuery write(db);
    if (!write.prepare(QStringLiteral("UPDATE initiative SET search_text = ? WHERE id = ?")))
        fail(write);
    while (read.next()) {
        const QString key = searchKey(QStringList { read.value(1).toString(),
            read.value(2).toString(), read.value(3).toString(), read.value(4).toString() }
                                          .join(QLatin1Char(' ')));
        write.addBindValue(key);
        write.addBindValue(read.value(0));
        if (!write.exec())
            fail(write);
    }
}

void exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        fail(q);
}

// Schema version 3: initiative_partner gets its own id, like every other record, so that a
// partner link can be edited, removed and restored by the generic record commands. Rebuilt
// with portable statements (create, copy, drop, rename); skipped when already done.
void giveInitiativePartnersAnId(QSqlDatabase &db, const SqlDialect &dialect)
{
    if (db.record(QStringLiteral("initiative_partner")).contains(QStringLiteral("id")))
        return;
    exec(db,
        dialect.expand(QStringLiteral(
            "CREATE TABLE initiative_partner_v3 (id %PK%, initiative_id BIGINT NOT NULL "
            "REFERENCES initiative(id) ON DELETE CASCADE, administration_id BIGINT NOT NULL "
            "REFERENCES administration(id) ON DELETE CASCADE, since TEXT, note TEXT, "
            "UNIQUE (initiative_id, administration_id))")));
    exec(db,
        QStringLiteral("INSERT INTO initiative_partner_v3 (initiative_id, administration_id, "
                       "since, note) SELECT initiative_id, administration_id, since, note FROM "
                       "initiative_partner ORDER BY initiative_id, administration_id"));
    exec(db, QStringLiteral("DROP TABLE initiative_partner"));
    exec(db, QStringLiteral("ALTER TABLE initiative_partner_v3 RENAME TO initiative_partner"));
    exec(db,
        QStringLiteral("CREATE INDEX IF NOT EXISTS initiative_partner_admin_idx ON "
                       "initiative_partner(administration_id)"));
}

// Schema version 4: what the grants ledger and the SCDL export need. conditions_met_on records
// when a tranche's condition for release was met (a tranche with conditions and no such date is
// blocked); budget_share is the grant's share of the project's budget (SCDL
// pourcentageSubvention, a fraction).
void addGrantLedgerColumns(QSqlDatabase &db, const SqlDialect &)
{
    const QSqlRecord grant = db.record(QStringLiteral("grant_award"));
    if (!grant.contains(QStringLiteral("conditions_met_on")))
        exec(db, QStringLiteral("ALTER TABLE grant_award ADD COLUMN conditions_met_on TEXT"));
    if (!grant.contains(QStringLiteral("budget_share")))
        exec(
            db, QStringLiteral("ALTER TABLE grant_award ADD COLUMN budget_share DOUBLE PRECISION"));
}

// Schema version 6: themes are a list the programme manages, and the search key of an
// initiative includes its themes ("sante" finds the initiatives of "Santé"). The demo and the
// generator spelt a French theme "Education": it becomes "Éducation" (merged into an existing
// "Éducation" when a file has both). Idempotent: the rename finds nothing the second time and
// the keys are recomputed from the data.
void themesInSearchKeys(QSqlDatabase &db, const SqlDialect &)
{
    const QString wrong = QStringLiteral("Education");
    const QString right = QStringLiteral("\u00c9ducation");
    auto idOf = [&db](const QString &name) {
        QSqlQuery q(db);
        if (!q.prepare(QStringLiteral("SELECT id FROM theme WHERE name = ?")))
            fail(q);
        q.addBindValue(name);
        if (!q.exec())
            fail(q);
        return q.next() ? q.value(0).toLongLong() : qint64(0);
    };
    const qint64 wrongId = idOf(wrong);
    if (wrongId != 0) {
        const qint64 rightId = idOf(right);
        QSqlQuery q(db);
        if (rightId == 0) {
            if (!q.prepare(QStringLiteral("UPDATE theme SET name = ? WHERE id = ?")))
                fail(q);
            q.addBindValue(right);
            q.addBindValue(wrongId);
        } else {
            if (!q.prepare(QStringLiteral("INSERT INTO initiative_theme (initiative_id, theme_id) "
                                          "SELECT it.initiative_id, ? FROM initiative_theme it "
                                          "WHERE it.theme_id = ? AND NOT EXISTS (SELECT 1 FROM "
                                          "initiative_theme o WHERE o.initiative_id = "
                                          "it.initiative_id AND o.theme_id = ?)")))
                fail(q);
            q.addBindValue(rightId);
            q.addBindValue(wrongId);
            q.addBindValue(rightId);
            if (!q.exec())
                fail(q);
            if (!q.prepare(QStringLiteral("DELETE FROM theme WHERE id = ?")))
                fail(q);
            q.addBindValue(wrongId);
        }
        if (!q.exec())
            fail(q);
    }
    QHash<qint64, QStringList> themes;
    QSqlQuery t(db);
    t.setForwardOnly(true);
    if (!t.exec(QStringLiteral("SELECT it.initiative_id, t.name FROM initiative_theme it JOIN "
                               "theme t ON t.id = it.theme_id ORDER BY t.name")))
        fail(t);
    while (t.next())
        themes[t.value(0).toLongLong()].append(t.value(1).toString());
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT i.id, i.name, o.name, i.town, i.description FROM "
                                  "initiative i LEFT JOIN organisation o ON o.id = i.carrier_id")))
        fail(read);
    QSqlQuery write(db);
    if (!write.prepare(QStringLiteral("UPDATE initiative SET search_text = ? WHERE id = ?")))
        fail(write);
    while (read.next()) {
        const qint64 id = read.value(0).toLongLong();
        const QString key = searchKey(QStringList { read.value(1).toString(),
            read.value(2).toString(), read.value(3).toString(), read.value(4).toString(),
            themes.value(id).join(QLatin1Char(' ')) }
                                          .join(QLatin1Char(' ')));
        write.addBindValue(key);
        write.addBindValue(id);
        if (!write.exec())
            fail(write);
    }
}

void addColumn(QSqlDatabase &db, const QString &table, const QString &column, const QString &decl)
{
    if (!db.record(table).contains(column))
        exec(db, QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3").arg(table, column, decl));
}

// Schema version 8: a programme of one's own. The programme's settings (operating
// administration and its SIRET for the SCDL attribuant, default funding source, default tranche
// scheme), the lists it manages (domains, need kinds' descriptions, reasons for
// non-admissibility), the places and dates of a promotion, and committees with their members,
// agenda, decisions (reason, phase continued into, reference, time), amendments and sponsors.
// Idempotent: tables and indexes IF NOT EXISTS (the statements), then the columns added only
// when missing (the code).
const char *const committeeTables = R"sql(
CREATE TABLE IF NOT EXISTS programme_tranche (
    id %PK%,
    programme_id BIGINT NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    tranche TEXT NOT NULL CHECK (tranche IN ('seed', 'second', 'deployment', 'other')),
    amount_cents BIGINT NOT NULL CHECK (amount_cents >= 0),
    conditions TEXT
);
CREATE INDEX IF NOT EXISTS programme_tranche_programme_idx ON programme_tranche(programme_id);

CREATE TABLE IF NOT EXISTS list_item (
    id %PK%,
    programme_id BIGINT NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
    list TEXT NOT NULL CHECK (list IN ('domain', 'need_kind', 'non_admissibility_reason')),
    code TEXT,
    name TEXT NOT NULL,
    description TEXT,
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (programme_id, list, name)
);

CREATE TABLE IF NOT EXISTS committee_member (
    id %PK%,
    committee_id BIGINT NOT NULL REFERENCES committee(id) ON DELETE CASCADE,
    person_id BIGINT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('chair', 'member', 'secretary', 'observer')),
    administration_id BIGINT REFERENCES administration(id) ON DELETE SET NULL,
    attended INTEGER NOT NULL DEFAULT 1 CHECK (attended IN (0, 1)),
    UNIQUE (committee_id, person_id)
);
CREATE INDEX IF NOT EXISTS committee_member_person_idx ON committee_member(person_id);

CREATE TABLE IF NOT EXISTS agenda_item (
    id %PK%,
    committee_id BIGINT NOT NULL REFERENCES committee(id) ON DELETE CASCADE,
    initiative_id BIGINT NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    request TEXT,
    UNIQUE (committee_id, initiative_id)
);
CREATE INDEX IF NOT EXISTS agenda_item_initiative_idx ON agenda_item(initiative_id);

CREATE TABLE IF NOT EXISTS decision_amendment (
    id %PK%,
    decision_id BIGINT NOT NULL REFERENCES decision(id) ON DELETE CASCADE,
    amended_at TEXT NOT NULL,
    previous_kind TEXT NOT NULL,
    previous_reason TEXT,
    previous_phase_id BIGINT REFERENCES phase(id) ON DELETE SET NULL,
    reason TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS decision_amendment_decision_idx ON decision_amendment(decision_id);

CREATE TABLE IF NOT EXISTS decision_sponsor (
    id %PK%,
    decision_id BIGINT NOT NULL REFERENCES decision(id) ON DELETE CASCADE,
    administration_id BIGINT REFERENCES administration(id) ON DELETE CASCADE,
    organisation_id BIGINT REFERENCES organisation(id) ON DELETE CASCADE,
    commitment TEXT,
    CHECK ((administration_id IS NULL) <> (organisation_id IS NULL))
);
CREATE INDEX IF NOT EXISTS decision_sponsor_decision_idx ON decision_sponsor(decision_id)
)sql";

void programmeOfOnesOwn(QSqlDatabase &db, const SqlDialect &)
{
    addColumn(db, QStringLiteral("programme"), QStringLiteral("operator_siret"),
        QStringLiteral("TEXT CHECK (operator_siret IS NULL OR length(operator_siret) = 14)"));
    addColumn(db, QStringLiteral("programme"), QStringLiteral("operator_administration_id"),
        QStringLiteral("BIGINT REFERENCES administration(id) ON DELETE SET NULL"));
    addColumn(db, QStringLiteral("programme"), QStringLiteral("default_funding_source_id"),
        QStringLiteral("BIGINT REFERENCES funding_source(id) ON DELETE SET NULL"));
    addColumn(db, QStringLiteral("promotion"), QStringLiteral("places"),
        QStringLiteral("INTEGER CHECK (places IS NULL OR places >= 0)"));
    addColumn(db, QStringLiteral("promotion"), QStringLiteral("starts_on"), QStringLiteral("TEXT"));
    addColumn(db, QStringLiteral("promotion"), QStringLiteral("ends_on"), QStringLiteral("TEXT"));
    addColumn(db, QStringLiteral("committee"), QStringLiteral("place"), QStringLiteral("TEXT"));
    addColumn(db, QStringLiteral("committee"), QStringLiteral("reference_prefix"),
        QStringLiteral("TEXT"));
    addColumn(db, QStringLiteral("committee"), QStringLiteral("notes"), QStringLiteral("TEXT"));
    addColumn(db, QStringLiteral("decision"), QStringLiteral("reason"), QStringLiteral("TEXT"));
    addColumn(db, QStringLiteral("decision"), QStringLiteral("phase_id"),
        QStringLiteral("BIGINT REFERENCES phase(id) ON DELETE SET NULL"));
    addColumn(db, QStringLiteral("decision"), QStringLiteral("reference"), QStringLiteral("TEXT"));
    addColumn(db, QStringLiteral("decision"), QStringLiteral("decided_at"), QStringLiteral("TEXT"));
}

// Schema version 9: the selection. An application is an initiative of lifecycle "applicant" that
// may come from a Démarches simplifiées dossier (its number, state, last update and the values
// last imported, to tell a newer export's changes from edits made in Tremplin), with its budget
// and its admissibility (not yet checked, admissible, not admissible with a reason from the
// programme's list and free text). A jury session is a committee of kind "selection": its
// jurors are committee members with a track (expert jury or citizen panel); the session has a
// score scale, weighted criteria and tracks, assignments, declared conflicts of interest, scores
// and a comment per juror and application.
const char *const selectionTables = R"sql(
CREATE TABLE IF NOT EXISTS jury_session (
    id %PK%,
    committee_id BIGINT NOT NULL UNIQUE REFERENCES committee(id) ON DELETE CASCADE,
    scale_min DOUBLE PRECISION NOT NULL DEFAULT 0,
    scale_max DOUBLE PRECISION NOT NULL DEFAULT 5,
    scale_step DOUBLE PRECISION NOT NULL DEFAULT 0.5 CHECK (scale_step > 0),
    method TEXT NOT NULL DEFAULT 'mean' CHECK (method IN ('mean', 'zscore')),
    blind INTEGER NOT NULL DEFAULT 1 CHECK (blind IN (0, 1)),
    assignment TEXT NOT NULL DEFAULT 'all' CHECK (assignment IN ('all', 'manual', 'balanced')),
    max_per_juror INTEGER CHECK (max_per_juror IS NULL OR max_per_juror > 0),
    min_per_track INTEGER CHECK (min_per_track IS NULL OR min_per_track > 0),
    CHECK (scale_max > scale_min)
);

CREATE TABLE IF NOT EXISTS jury_track (
    id %PK%,
    session_id BIGINT NOT NULL REFERENCES jury_session(id) ON DELETE CASCADE,
    code TEXT NOT NULL CHECK (code IN ('expert', 'citizen')),
    weight DOUBLE PRECISION NOT NULL DEFAULT 1 CHECK (weight >= 0),
    UNIQUE (session_id, code)
);

CREATE TABLE IF NOT EXISTS jury_criterion (
    id %PK%,
    session_id BIGINT NOT NULL REFERENCES jury_session(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    description TEXT,
    weight DOUBLE PRECISION NOT NULL DEFAULT 1 CHECK (weight > 0),
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (session_id, name)
);

CREATE TABLE IF NOT EXISTS jury_assignment (
    id %PK%,
    session_id BIGINT NOT NULL REFERENCES jury_session(id) ON DELETE CASCADE,
    member_id BIGINT NOT NULL REFERENCES committee_member(id) ON DELETE CASCADE,
    initiative_id BIGINT NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
    UNIQUE (member_id, initiative_id)
);
CREATE INDEX IF NOT EXISTS jury_assignment_initiative_idx ON jury_assignment(initiative_id);

CREATE TABLE IF NOT EXISTS jury_conflict (
    id %PK%,
    session_id BIGINT NOT NULL REFERENCES jury_session(id) ON DELETE CASCADE,
    member_id BIGINT NOT NULL REFERENCES committee_member(id) ON DELETE CASCADE,
    initiative_id BIGINT NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
    reason TEXT,
    declared_on TEXT,
    UNIQUE (member_id, initiative_id)
);

CREATE TABLE IF NOT EXISTS jury_score (
    id %PK%,
    session_id BIGINT NOT NULL REFERENCES jury_session(id) ON DELETE CASCADE,
    member_id BIGINT NOT NULL REFERENCES committee_member(id) ON DELETE CASCADE,
    initiative_id BIGINT NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
    criterion_id BIGINT NOT NULL REFERENCES jury_criterion(id) ON DELETE CASCADE,
    score DOUBLE PRECISION NOT NULL,
    UNIQUE (member_id, initiative_id, criterion_id)
);
CREATE INDEX IF NOT EXISTS jury_score_session_idx ON jury_score(session_id, initiative_id);

CREATE TABLE IF NOT EXISTS jury_comment (
    id %PK%,
    session_id BIGINT NOT NULL REFERENCES jury_session(id) ON DELETE CASCADE,
    member_id BIGINT NOT NULL REFERENCES committee_member(id) ON DELETE CASCADE,
    initiative_id BIGINT NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    UNIQUE (member_id, initiative_id)
)
)sql";

void selection(QSqlDatabase &db, const SqlDialect &)
{
    const QString initiative = QStringLiteral("initiative");
    addColumn(db, initiative, QStringLiteral("ds_number"), QStringLiteral("BIGINT"));
    addColumn(db, initiative, QStringLiteral("ds_state"), QStringLiteral("TEXT"));
    addColumn(db, initiative, QStringLiteral("ds_updated_at"), QStringLiteral("TEXT"));
    addColumn(db, initiative, QStringLiteral("ds_snapshot"), QStringLiteral("TEXT"));
    addColumn(db, initiative, QStringLiteral("budget_cents"),
        QStringLiteral("BIGINT CHECK (budget_cents IS NULL OR budget_cents >= 0)"));
    addColumn(db, initiative, QStringLiteral("admissibility"),
        QStringLiteral("TEXT NOT NULL DEFAULT 'unchecked' CHECK (admissibility IN "
                       "('unchecked', 'admissible', 'not_admissible'))"));
    addColumn(db, initiative, QStringLiteral("admissibility_reason_id"),
        QStringLiteral("BIGINT REFERENCES list_item(id) ON DELETE SET NULL"));
    addColumn(db, initiative, QStringLiteral("admissibility_note"), QStringLiteral("TEXT"));
    addColumn(db, QStringLiteral("committee_member"), QStringLiteral("track"),
        QStringLiteral("TEXT CHECK (track IS NULL OR track IN ('expert', 'citizen'))"));
    exec(db,
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS initiative_ds_number_idx ON "
                       "initiative(ds_number) WHERE ds_number IS NOT NULL"));
}

// Schema version 10: the directory's stored keys (searchindex.h). sort_key orders the lists of
// administrations, organisations and persons by name as a reader expects (accents and case
// ignored: "École" among the e's), search_text makes the search one LIKE over short keys.
// Plain columns and indexes (portable); idempotent: the keys are recomputed from the data.
void addDirectoryKeys(QSqlDatabase &db, const SqlDialect &)
{
    for (const char *table : { "administration", "organisation", "person" }) {
        const QString t = QLatin1String(table);
        const DirectoryKeyColumns c = directoryKeyColumns(t);
        addColumn(db, t, QStringLiteral("sort_key"), QStringLiteral("TEXT NOT NULL DEFAULT ''"));
        addColumn(db, t, QStringLiteral("search_text"), QStringLiteral("TEXT NOT NULL DEFAULT ''"));
        QSqlQuery read(db);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT id, %1, %2 FROM %3")
                           .arg(QLatin1String(c.name), QLatin1String(c.second), t)))
            fail(read);
        QSqlQuery write(db);
        if (!write.prepare(
                QStringLiteral("UPDATE %1 SET sort_key = ?, search_text = ? WHERE id = ?").arg(t)))
            fail(write);
        while (read.next()) {
            const DirectoryKeys keys
                = directoryKeys(read.value(1).toString(), read.value(2).toString());
            write.addBindValue(keys.sort);
            write.addBindValue(keys.search);
            write.addBindValue(read.value(0));
            if (!write.exec())
                fail(write);
        }
        exec(db,
            QStringLiteral("CREATE INDEX IF NOT EXISTS %1_sort_idx ON %1(sort_key, id)").arg(t));
    }
}

// Schema version 11: in the room. A selection jury's decision per application (selected,
// waiting list, not selected) with its reason, time, the rank and score it was taken at and,
// when it departs from the ranking, why; recusals (a member who left the room for an item, for
// juries and committees alike); sign-off (a signed-off committee or jury session is locked,
// later changes are recorded amendments the minutes list); the time spent on each agenda item;
// the per-session secret that keys juror packs' integrity (hex, never exported); the log of
// returned packs; the programme's letter templates per outcome and language.
const char *const roomTables = R"sql(
CREATE TABLE IF NOT EXISTS jury_decision (
    id %PK%,
    session_id BIGINT NOT NULL REFERENCES jury_session(id) ON DELETE CASCADE,
    initiative_id BIGINT NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
    outcome TEXT NOT NULL CHECK (outcome IN ('selected', 'waiting_list', 'not_selected')),
    reason TEXT,
    decided_at TEXT NOT NULL,
    rank INTEGER,
    score DOUBLE PRECISION,
    override_reason TEXT,
    UNIQUE (session_id, initiative_id)
);

CREATE TABLE IF NOT EXISTS recusal (
    id %PK%,
    committee_id BIGINT NOT NULL REFERENCES committee(id) ON DELETE CASCADE,
    member_id BIGINT NOT NULL REFERENCES committee_member(id) ON DELETE CASCADE,
    initiative_id BIGINT NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
    reason TEXT,
    recorded_at TEXT NOT NULL,
    UNIQUE (member_id, initiative_id)
);

CREATE TABLE IF NOT EXISTS session_amendment (
    id %PK%,
    committee_id BIGINT NOT NULL REFERENCES committee(id) ON DELETE CASCADE,
    initiative_id BIGINT REFERENCES initiative(id) ON DELETE SET NULL,
    amended_at TEXT NOT NULL,
    change TEXT NOT NULL,
    reason TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS jury_pack_import (
    id %PK%,
    session_id BIGINT NOT NULL REFERENCES jury_session(id) ON DELETE CASCADE,
    member_id BIGINT NOT NULL REFERENCES committee_member(id) ON DELETE CASCADE,
    pack_id TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    scores INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS letter_template (
    id %PK%,
    programme_id BIGINT NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
    outcome TEXT NOT NULL CHECK (outcome IN ('selected', 'waiting_list', 'not_selected')),
    language TEXT NOT NULL CHECK (language IN ('fr', 'en')),
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    UNIQUE (programme_id, outcome, language)
)
)sql";

void inTheRoom(QSqlDatabase &db, const SqlDialect &)
{
    addColumn(
        db, QStringLiteral("committee"), QStringLiteral("signed_off_at"), QStringLiteral("TEXT"));
    addColumn(
        db, QStringLiteral("committee"), QStringLiteral("signed_off_by"), QStringLiteral("TEXT"));
    addColumn(db, QStringLiteral("agenda_item"), QStringLiteral("discussed_seconds"),
        QStringLiteral("INTEGER NOT NULL DEFAULT 0 CHECK (discussed_seconds >= 0)"));
    addColumn(
        db, QStringLiteral("jury_session"), QStringLiteral("pack_secret"), QStringLiteral("TEXT"));
}

// Schema version 12: data safety and the room's last pieces.
// - The audit trail says what changed: each line belongs to a step (the id of the first line
//   written by one transaction, so one undo step reads as one group), names the field with its
//   value before and after, and the record it belongs to for the History panel (scope: an
//   initiative, a grant, a committee or jury session). It becomes append-only: lines are never
//   deleted, and the only change allowed is the erasure of a person's data (erased_at set, the
//   values and summary blanked).
// - Erasures and retention purges of personal data are logged without the data itself.
// - The programme's retention period for non-selected applicants' personal data.
// - A person anonymised keeps their row (references stay valid) with the time of erasure.
// - The time a jury spent on an application, kept like an agenda item's.
const char *const safetyTables = R"sql(
CREATE TABLE IF NOT EXISTS erasure_log (
    id %PK%,
    erased_at TEXT NOT NULL,
    actor TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('erasure', 'retention')),
    subject TEXT NOT NULL,
    rows_changed INTEGER NOT NULL DEFAULT 0 CHECK (rows_changed >= 0)
);

CREATE TABLE IF NOT EXISTS jury_discussion (
    id %PK%,
    session_id BIGINT NOT NULL REFERENCES jury_session(id) ON DELETE CASCADE,
    initiative_id BIGINT NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
    discussed_seconds INTEGER NOT NULL DEFAULT 0 CHECK (discussed_seconds >= 0),
    UNIQUE (session_id, initiative_id)
)
)sql";

void dataSafety(QSqlDatabase &db, const SqlDialect &dialect)
{
    const QString audit = QStringLiteral("audit_log");
    addColumn(db, audit, QStringLiteral("step"), QStringLiteral("BIGINT"));
    addColumn(db, audit, QStringLiteral("field"), QStringLiteral("TEXT"));
    addColumn(db, audit, QStringLiteral("old_value"), QStringLiteral("TEXT"));
    addColumn(db, audit, QStringLiteral("new_value"), QStringLiteral("TEXT"));
    addColumn(db, audit, QStringLiteral("scope"), QStringLiteral("TEXT"));
    addColumn(db, audit, QStringLiteral("scope_id"), QStringLiteral("BIGINT"));
    addColumn(db, audit, QStringLiteral("erased_at"), QStringLiteral("TEXT"));
    exec(db,
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS audit_log_scope_idx ON audit_log(scope, scope_id, id)"));
    exec(db, QStringLiteral("CREATE INDEX IF NOT EXISTS audit_log_step_idx ON audit_log(step)"));
    const QStringList columns = { QStringLiteral("id"), QStringLiteral("changed_at"),
        QStringLiteral("actor"), QStringLiteral("entity"), QStringLiteral("entity_id"),
        QStringLiteral("operation"), QStringLiteral("summary"), QStringLiteral("step"),
        QStringLiteral("field"), QStringLiteral("old_value"), QStringLiteral("new_value"),
        QStringLiteral("scope"), QStringLiteral("scope_id"), QStringLiteral("erased_at") };
    const QStringList erasable = { QStringLiteral("actor"), QStringLiteral("summary"),
        QStringLiteral("old_value"), QStringLiteral("new_value") };
    for (const QString &statement :
        dialect.appendOnlyGuards(audit, columns, QStringLiteral("erased_at"), erasable))
        exec(db, statement);
    addColumn(db, QStringLiteral("programme"), QStringLiteral("retention_months"),
        QStringLiteral("INTEGER CHECK (retention_months IS NULL OR retention_months >= 0)"));
    addColumn(db, QStringLiteral("person"), QStringLiteral("erased_at"), QStringLiteral("TEXT"));
    exec(db,
        QStringLiteral("CREATE INDEX IF NOT EXISTS organisation_siret_idx ON organisation(siret)"));
    exec(
        db, QStringLiteral("CREATE INDEX IF NOT EXISTS organisation_rna_idx ON organisation(rna)"));
    exec(db, QStringLiteral("CREATE INDEX IF NOT EXISTS person_email_idx ON person(email)"));
}

} // namespace

QStringList MigrationStep::statements() const
{
    QStringList out;
    const QStringList parts = QString::fromUtf8(sql).split(QLatin1Char(';'));
    for (const QString &part : parts) {
        const QString s = part.trimmed();
        if (!s.isEmpty())
            out.append(s);
    }
    return out;
}

const std::vector<MigrationStep> &migrationSteps()
{
    static const std::vector<MigrationStep> steps = {
        { 1, "Programme, initiatives, grants, indicators, journal and audit trail", schemaV1 },
        { 2, "Accent-free search key of initiatives", "", addInitiativeSearchKeys },
        { 3, "An id for each public partner of an initiative", "", giveInitiativePartnersAnId },
        { 4, "Conditions met and budget share of grants", "", addGrantLedgerColumns },
        { 5, "Index of open actions per initiative (next action due, overdue filter)",
            "CREATE INDEX IF NOT EXISTS action_item_open_idx ON action_item(initiative_id, status, "
            "due_date)" },
        { 6, "Themes in the search key of initiatives; the French theme Education gets its accent",
            "", themesInSearchKeys },
        { 7, "Index of committee decisions per initiative (the timeline reads them by page)",
            "CREATE INDEX IF NOT EXISTS decision_initiative_idx ON decision(initiative_id)" },
        { 8,
            "A programme of one's own: settings, managed lists, promotion places and dates, "
            "committee members, agenda, decisions' reasons, amendments and sponsors",
            committeeTables, programmeOfOnesOwn },
        { 9,
            "The selection: applications from Démarches simplifiées, admissibility, jury "
            "sessions with tracks, criteria, assignments, conflicts of interest and scores",
            selectionTables, selection },
        { 10, "Accent-free sort and search keys of administrations, organisations and persons", "",
            addDirectoryKeys },
        { 11,
            "In the room: jury decisions, recusals, sign-off and amendments, time per agenda "
            "item, juror packs' secret and log, letter templates",
            roomTables, inTheRoom },
        { 12,
            "Data safety: an append-only audit trail with fields, values before and after and "
            "undo steps; erasure log; retention of applicants' personal data; time a jury spent "
            "on an application; indexes on SIRET and e-mail",
            safetyTables, dataSafety },
    };
    return steps;
}

} // namespace tremplin

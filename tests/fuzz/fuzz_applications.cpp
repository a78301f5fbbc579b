// SPDX-License-Identifier: GPL-3.0-or-later
// The applications importer (ApplicationImport: Démarches simplifiées exports and CSV mapped by
// hand) reading a file and judging each dossier against the demo programme.
#include "core/imports/applicationimport.h"
#include "fuzzsupport.h"

namespace {

void checkDossiers(const tremplin::ApplicationImport &import)
{
    using tremplin::ApplicationImport;
    for (const auto &d : import.dossiers()) {
        if (d.outcome == ApplicationImport::Outcome::Invalid)
            FUZZ_CHECK(!d.problems.isEmpty(), QString::number(d.line));
    }
    int total = 0;
    for (const auto outcome : { ApplicationImport::Outcome::New, ApplicationImport::Outcome::Update,
             ApplicationImport::Outcome::Conflict, ApplicationImport::Outcome::Unchanged,
             ApplicationImport::Outcome::Invalid })
        total += import.count(outcome);
    FUZZ_CHECK(total == import.dossiers().size(), QString::number(total));
    for (const auto &p : import.problems())
        FUZZ_CHECK(!p.message.isEmpty(), QString::number(p.line));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace tremplin;
    ApplicationImport import;
    import.load(fuzz::bytes(data, size), fuzz::demoDatabase());
    FUZZ_CHECK(import.mapping().size() == import.headers().size(), QString());
    checkDossiers(import);
    import.layoutKey();
    import.createsPromotion();
    // Every column given a meaning by hand, as in the Import dialog, whatever the header says.
    const int columns = int(import.headers().size());
    if (columns > 0 && columns <= 32) {
        QList<ApplicationImport::Target> mapping;
        for (int c = 0; c < columns; ++c)
            mapping << ApplicationImport::Target(c % ApplicationImport::Ignore);
        import.setMappings(mapping);
        checkDossiers(import);
    }
    return 0;
}

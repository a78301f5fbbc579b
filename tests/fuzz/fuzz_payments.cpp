// SPDX-License-Identifier: GPL-3.0-or-later
// The payments importer (DisbursementImport) reading a file and judging it against the demo
// programme, with its columns as guessed from the header and then as mapped by hand.
#include "core/imports/disbursementimport.h"
#include "fuzzsupport.h"

namespace {

void checkLines(const tremplin::DisbursementImport &import)
{
    for (const auto &p : import.problems()) {
        FUZZ_CHECK(p.line >= 0, p.message);
        FUZZ_CHECK(!p.message.isEmpty(), QString::number(p.line));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace tremplin;
    DisbursementImport import;
    import.load(fuzz::bytes(data, size), fuzz::demoDatabase());
    FUZZ_CHECK(import.mapping().size() == import.headers().size(), QString());
    checkLines(import);
    import.layoutKey();
    // Whatever the header says, each column's meaning by hand (the Import dialog's choice), so
    // that every field's checks see the input.
    const int columns = int(import.headers().size());
    if (columns > 0 && columns <= 16) {
        QList<DisbursementImport::Target> mapping;
        for (int c = 0; c < columns; ++c)
            mapping << DisbursementImport::Target(c % DisbursementImport::Ignore);
        import.setMappings(mapping);
        checkLines(import);
        import.setMapping(columns - 1, DisbursementImport::Siret);
        checkLines(import);
    }
    return 0;
}

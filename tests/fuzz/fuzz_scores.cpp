// SPDX-License-Identifier: GPL-3.0-or-later
// The jury scores importer (JuryScoreImport) reading a file against the juror-pack tests' jury
// session (jurors E1, E2, C1; applications P, Q, R; criteria A and B; E2 in conflict with R).
#include "core/imports/juryscoreimport.h"
#include "core/imports/textfile.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace tremplin;
    qint64 session = 0;
    Database &db = fuzz::juryDatabase(&session);
    JuryScoreImport import(db, session);
    QString error;
    const bool read = import.load(decodeText(fuzz::bytes(data, size)), &error);
    FUZZ_CHECK(read || !error.isEmpty(), QString());
    if (read) {
        FUZZ_CHECK(import.scoreCount() >= 0, QString());
        for (const auto &p : import.problems())
            FUZZ_CHECK(p.line >= 1 && !p.message.isEmpty(), QString::number(p.line));
    }
    return 0;
}

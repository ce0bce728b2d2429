#pragma once

#include "source_table.h"

#include <QByteArray>
#include <QString>

// Turns the bytes of a CSV or text file into characters the way Vietnamese
// offices' files need it:
//   - a byte order mark decides: UTF-8, UTF-16 LE or BE (Excel's "Unicode text");
//   - without one, UTF-16 is recognised by its zero bytes (text never has them);
//   - otherwise valid UTF-8 is UTF-8;
//   - anything else is legacy 8-bit text (TCVN3/ABC, VNI, Windows-1258) and is
//     read as Windows-1252, one character per byte, the way those users' own
//     screens showed it, for the component that knows those encodings.
//     Decoding as Windows-1258 here would lose TCVN3 and VNI text: it would
//     turn their bytes into unrelated Windows-1258 letters and marks.
namespace thidua::interchange::detail {

struct DecodedText {
    QString text; // without the byte order mark
    SourceEncoding encoding = SourceEncoding::Utf8;
};

DecodedText decodeText(const QByteArray& bytes);

} // namespace thidua::interchange::detail

#pragma once

#include <QString>
#include <QStringList>

// Lists typed before Unicode, in the fonts of the 1990s and 2000s, still reach
// us as CSV and XLSX files, and so do CSV files Excel saved in the Vietnamese
// Windows code page. Their bytes arrive read as Windows-1252, so "Hà Nội"
// shows as "Hµ Néi" (TCVN3), "Haø Noäi" (VNI) or "Hà Nôòi" (Windows-1258).
// This turns such text back into Unicode before it is stored.
namespace thidua::domain::vn {

// TCVN3: the ABC fonts (.VnTime, .VnArial...), one byte per letter; only the
// lower-case letters and Ă Â Ê Ô Ơ Ư Đ have codes of their own.
// VNI: the VNI fonts (VNI-Times...), a base letter followed by a mark byte.
// Windows-1258: the code page of Windows set to Vietnamese, which "CSV (Comma
// delimited)" of Excel saves in: Latin-1 with ă â đ ơ ư of its own, and the
// five tones as combining marks after the vowel where Latin-1 has no letter.
enum class LegacyEncoding { None, Tcvn3, Vni, Windows1258 };

// How messages name the encoding: "TCVN3 (ABC)", "VNI", "Windows-1258".
QString legacyEncodingName(LegacyEncoding encoding);

// Which legacy encoding the text looks like. A word counts for an encoding
// when it is no Vietnamese syllable as it stands but becomes one through that
// encoding, using only characters the encoding produces (for Windows-1258:
// changing at least one of them); it counts against all when it is one
// already and no encoding accounts for it ("Hà").
// Letters no legacy text read as Windows-1252 can contain (ư, ộ, combining
// marks, Cyrillic...) mean the text is Unicode. Proper Unicode Vietnamese,
// ASCII and ordinary Latin-1 text ("Müller", "café") give None, and so does
// text that reads as Vietnamese either way ("Tè" is both "tè" and TCVN3
// "Tố"): decide such short values over the whole column.
LegacyEncoding detectLegacyEncoding(const QString& text);

// The majority over the values of one column or file, since one value is
// often too short to decide: the encoding most values point to, when more
// values point to it than to any other encoding or to Unicode.
LegacyEncoding detectLegacyEncoding(const QStringList& samples);

// Converts to Unicode NFC. For the fonts, text that is already Unicode passes
// through unchanged: text with letters only Unicode has, text where more
// words are Vietnamese as they stand than through the encoding ("Tô Hà" in a
// TCVN3 column), and single words that are Vietnamese as they stand and not
// through the encoding. Anything else is converted, since the caller chose
// the encoding. Windows-1258 is a code page, not a font that a sheet mixes
// with Unicode: text in it is decoded whole, "Vãn" too (Văn).
//
// TCVN3 has no codes for upper-case toned vowels: the .VnTimeH fonts draw the
// lower-case codes as capitals. So they become capitals in a word whose other
// letters are all capitals, at least two of them ("NGUYÔN" -> "NGUYỄN"), and
// in every word of a text that has such a word and no lower-case letter
// ("NGUYÔN THÞ Tè NGA" -> "NGUYỄN THỊ TỐ NGA"). Otherwise they stay lower
// case: "Tè" -> "Tố", "Së GD&§T" -> "Sở GD&ĐT", and a lone .VnTimeH "Hµ"
// gives "Hà", a title-case "ñy ban" gives "ủy ban". Lower-case ASCII typed in a
// .VnTimeH font stays lower case: the bytes do not say the font.
// Bytes 0x80-0x9F keep their Windows-1252 meaning, and the places where the
// full TCVN 5712 (VN1) puts capitals, which the ABC fonts do not use, are
// left as they are.
QString fromLegacy(const QString& text, LegacyEncoding encoding);

} // namespace thidua::domain::vn

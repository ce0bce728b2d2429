#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

// How dates, numbers and cluster numbers are written in Vietnamese documents
// and tables. Independent of the process locale on purpose: output must not
// change with the machine's settings.
namespace thidua::domain::vn {

// "05/02/2026".
QString formatDate(QDate date);
// "2026-02-05" (ISO 8601, as the database stores dates), in ASCII; empty for
// an invalid date. Written by hand: QDate::toString goes through printf,
// which writing many rows at a time feels.
QByteArray isoDate(QDate date);

// Nghị định 30/2020 form: "ngày 05 tháng 02 năm 2026", "ngày 29 tháng 6 năm
// 2019" (leading zero for days under 10 and for months 1 and 2 only).
QString formatOfficialDate(QDate date);

// Accepts dd/MM/yyyy, d/M/yyyy, dd-MM-yyyy, dd.MM.yyyy, ISO yyyy-MM-dd and the
// official form copied from a decision, "ngày 05 tháng 02 năm 2026" ("ngày"
// may be left out, case and diacritics are not checked).
std::optional<QDate> parseDate(QStringView text);

// Names for a message, each in quotes: "Vụ PLQT", "Vụ HTQT".
QString quotedList(const QStringList& names);

// "2.340.000", "-1.000".
QString formatInteger(qint64 value);

// "1,5", "95,25", "100": at most maxFractionDigits, trailing zeros dropped.
QString formatDecimal(double value, int maxFractionDigits = 2);

// Accepts "1,5" and "1.5"; "2.340.000" is read as an integer with separators.
std::optional<double> parseDecimal(QStringView text);

// A sum of money in đồng as clerks write it: "1.800.000", "1 800 000 đ",
// "1800000 đồng". Empty is 0 (no sum given); none for anything else,
// negative sums and decimals included.
std::optional<qint64> parseAmount(QStringView text);

// 1..3999 -> "I".."MMMCMXCIX"; empty for values outside that range.
QString toRoman(int value);

// Case-insensitive, canonical forms only ("IIII" is rejected).
std::optional<int> fromRoman(QStringView text);

} // namespace thidua::domain::vn

#pragma once

#include "person.h"

#include <QDate>
#include <QString>

#include <optional>

// The rules a person's record keeps when a clerk types it. Each refusal is a
// sentence naming the field to correct (translation context "thidua::domain").
namespace thidua::domain {

// A civil servant is 15 to 100 years old: a date outside that is a typing
// slip (1899 for 1989, this year for the birth year).
constexpr int YoungestAge = 15;
constexpr int OldestAge = 100;

// The identity number as stored: the digits typed, without the spaces and
// dots clerks group them with ("001 085 012345").
QString compactIdentityNumber(const QString& text);

// 12 digits (căn cước công dân, số định danh cá nhân) or 9 (the old chứng
// minh nhân dân).
bool isIdentityNumber(const QString& text);

// Why the person cannot be recorded as typed: no given name, a date of birth
// in the future or giving an age outside 15–100 on today, or an identity
// number that is neither 12 nor 9 digits. The date of birth and the identity
// number may be left empty.
std::optional<QString> personRefusal(const Person& person, QDate today);

} // namespace thidua::domain

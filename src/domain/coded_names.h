#pragma once

#include "vietnamese_text.h"

#include <QString>

#include <array>
#include <optional>

// An enum's stored codes and Vietnamese names in one table, read both ways:
// files and users may write either, with or without diacritics or case.
namespace thidua::domain {

template <typename Enum>
struct CodedName {
    Enum value;
    const char16_t* code;
    const char16_t* name;
};

template <typename Enum, std::size_t N>
QString codeIn(const std::array<CodedName<Enum>, N>& table, Enum value) {
    return QString::fromUtf16(table.at(static_cast<std::size_t>(value)).code);
}

template <typename Enum, std::size_t N>
QString nameIn(const std::array<CodedName<Enum>, N>& table, Enum value) {
    return QString::fromUtf16(table.at(static_cast<std::size_t>(value)).name);
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueIn(const std::array<CodedName<Enum>, N>& table, const QString& text) {
    const QString key = vn::searchKey(text);
    for (const CodedName<Enum>& entry : table)
        if (key == vn::searchKey(QString::fromUtf16(entry.code)) ||
            key == vn::searchKey(QString::fromUtf16(entry.name)))
            return entry.value;
    return std::nullopt;
}

} // namespace thidua::domain

#include "unit_kinds.h"

#include "unit_rules.h"
#include "vietnamese_text.h"

#include <QStringList>

#include <array>
#include <string_view>

namespace thidua::services {

namespace {

struct KindWord {
    std::string_view words; // search key of the Vietnamese word
    const char* label;      // as clerks write it
    const char* kind;       // the schema's code
};

// Longer words first, so that "cuc thi hanh an" wins over "cuc".
constexpr std::array<KindWord, 15> kindWords{{
    {"cuc thi hanh an", "Cục Thi hành án", "enforcement"},
    {"chi cuc thi hanh an", "Chi cục Thi hành án", "enforcement"},
    {"uy ban nhan dan", "Ủy ban nhân dân", "province"},
    {"hoc vien", "Học viện", "academy"},
    {"truong", "Trường", "academy"},
    {"tong cuc", "Tổng cục", "department"},
    {"toa an", "Tòa án", "court"},
    {"bo chi huy", "Bộ Chỉ huy", "military"},
    {"bo", "Bộ", "ministry"},
    {"vu", "Vụ", "department"},
    {"cuc", "Cục", "department"},
    {"vien", "Viện", "institute"},
    {"so", "Sở", "provincial_department"},
    {"phong", "Phòng", "section"},
    {"ban", "Ban", "section"},
}};

bool startsWithWords(const QString& key, std::string_view words) {
    const QLatin1String prefix(words.data(), static_cast<qsizetype>(words.size()));
    return key == prefix || key.startsWith(prefix + QLatin1Char(' '));
}

} // namespace

std::optional<QString> unitKindFromLabel(const QString& label) {
    const QString key = domain::vn::searchKey(label);
    for (const char* code : domain::unitKindCodes())
        if (key == QLatin1String(code))
            return key;
    if (key == QStringLiteral("khac"))
        return QStringLiteral("other");
    for (const KindWord& word : kindWords)
        if (key == QLatin1String(word.words.data(), static_cast<qsizetype>(word.words.size())))
            return QLatin1String(word.kind);
    return std::nullopt;
}

QString unitKindFromName(const QString& name) {
    const QString key = domain::vn::searchKey(name);
    for (const KindWord& word : kindWords)
        if (startsWithWords(key, word.words))
            return QLatin1String(word.kind);
    return QStringLiteral("other");
}

QString unitKindLabels() {
    QStringList labels;
    for (const KindWord& word : kindWords)
        labels << QString::fromUtf8(word.label);
    labels << QStringLiteral("Khác");
    return labels.join(QStringLiteral(", "));
}

} // namespace thidua::services

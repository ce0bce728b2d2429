#include "unit_rules.h"

#include "vietnamese_format.h"
#include "vietnamese_text.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace thidua::domain {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(thidua::domain)
};

struct KindName {
    const char* code;
    const char* name; // English source, translated where shown
};

constexpr std::array<KindName, 11> kinds{{
    {"ministry", QT_TRANSLATE_NOOP("thidua::domain", "Ministry or central agency")},
    {"department", QT_TRANSLATE_NOOP("thidua::domain", "Department, bureau or general department")},
    {"academy", QT_TRANSLATE_NOOP("thidua::domain", "Academy or school")},
    {"institute", QT_TRANSLATE_NOOP("thidua::domain", "Institute")},
    {"provincial_department",
     QT_TRANSLATE_NOOP("thidua::domain", "Provincial department or equivalent")},
    {"province", QT_TRANSLATE_NOOP("thidua::domain", "Province or city (people's committee)")},
    {"court", QT_TRANSLATE_NOOP("thidua::domain", "Court")},
    {"enforcement", QT_TRANSLATE_NOOP("thidua::domain", "Civil judgment enforcement office")},
    {"military", QT_TRANSLATE_NOOP("thidua::domain", "Military command")},
    {"section", QT_TRANSLATE_NOOP("thidua::domain", "Section, office or board")},
    {"other", QT_TRANSLATE_NOOP("thidua::domain", "Other")},
}};

constexpr std::array<const char*, kinds.size()> codes = [] {
    std::array<const char*, kinds.size()> result{};
    for (std::size_t i = 0; i < kinds.size(); ++i)
        result[i] = kinds[i].code;
    return result;
}();

bool knownKind(const QString& code) {
    return std::ranges::any_of(codes,
                               [&](const char* known) { return code == QLatin1String(known); });
}

} // namespace

std::span<const char* const> unitKindCodes() {
    return codes;
}

QString unitKindName(const QString& code) {
    for (const KindName& kind : kinds)
        if (code == QLatin1String(kind.code))
            return Text::tr(kind.name);
    return code;
}

std::optional<QString> unitRefusal(const Unit& unit, const UnitSurroundings& around) {
    const QString name = vn::normalized(unit.name);
    if (name.isEmpty())
        return Text::tr("Give the unit's name.");
    if (!knownKind(unit.kind))
        return Text::tr("Choose the kind of unit from the list.");
    if (unit.activeFrom.isValid() && unit.activeTo.isValid() && unit.activeTo < unit.activeFrom)
        return Text::tr("%1 cannot stop on %2, before it started on %3.")
            .arg(name, vn::formatDate(unit.activeTo), vn::formatDate(unit.activeFrom));
    if (around.merged && !unit.activeTo.isValid())
        return Text::tr("%1 was merged into another unit and cannot be reopened.").arg(name);
    if (const Unit* parent = around.parent) {
        if (around.parentInsideUnit)
            return Text::tr("%1 cannot be placed under %2, which is part of it.")
                .arg(name, parent->name);
        if (around.parentMerged)
            return Text::tr("%1 was merged into another unit; place %2 under the unit that took "
                            "it over.")
                .arg(parent->name, name);
        if (parent->activeTo.isValid() &&
            (!unit.activeTo.isValid() || unit.activeTo > parent->activeTo))
            return Text::tr("%1 stopped on %2; a unit under it cannot run longer.")
                .arg(parent->name, vn::formatDate(parent->activeTo));
    }
    if (around.peopleStaying > 0)
        return Text::tr("%1 still has %n person(s) posted there; transfer them or merge the unit "
                        "before it stops.",
                        nullptr, static_cast<int>(around.peopleStaying))
            .arg(name);
    if (!around.subUnitOutliving.isEmpty())
        return Text::tr("%1 is still running under %2 after %3; close or move it first.")
            .arg(around.subUnitOutliving, name, vn::formatDate(unit.activeTo));
    return std::nullopt;
}

} // namespace thidua::domain

#include "discipline.h"

#include "vietnamese_text.h"

#include <array>

namespace thidua::domain {

namespace {

struct FormText {
    DisciplineForm form;
    const char16_t* code;
    const char16_t* name;
};

constexpr std::array<FormText, 6> forms{{
    {DisciplineForm::Reprimand, u"reprimand", u"Khiển trách"},
    {DisciplineForm::Warning, u"warning", u"Cảnh cáo"},
    {DisciplineForm::SalaryReduction, u"salary_reduction", u"Hạ bậc lương"},
    {DisciplineForm::Demotion, u"demotion", u"Giáng chức"},
    {DisciplineForm::Removal, u"removal", u"Cách chức"},
    {DisciplineForm::Dismissal, u"dismissal", u"Buộc thôi việc"},
}};

} // namespace

QString disciplineFormCode(DisciplineForm form) {
    return QString::fromUtf16(forms.at(static_cast<std::size_t>(form)).code);
}

QString disciplineFormName(DisciplineForm form) {
    return QString::fromUtf16(forms.at(static_cast<std::size_t>(form)).name);
}

std::optional<DisciplineForm> disciplineFormFromCode(const QString& code) {
    for (const FormText& entry : forms)
        if (code == QString::fromUtf16(entry.code))
            return entry.form;
    return std::nullopt;
}

std::optional<DisciplineForm> disciplineFormFromText(const QString& text) {
    if (auto byCode = disciplineFormFromCode(text))
        return byCode;
    const QString key = vn::searchKey(text);
    for (const FormText& entry : forms)
        if (key == vn::searchKey(QString::fromUtf16(entry.name)))
            return entry.form;
    return std::nullopt;
}

} // namespace thidua::domain

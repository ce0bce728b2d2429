#include "evaluation.h"

#include "vietnamese_text.h"

#include <array>

namespace thidua::domain {

namespace {

struct GradeText {
    Grade grade;
    const char16_t* code;
    const char16_t* name;
};

constexpr std::array<GradeText, 4> grades{{
    {Grade::Excellent, u"HTXSNV", u"Hoàn thành xuất sắc nhiệm vụ"},
    {Grade::Good, u"HTTNV", u"Hoàn thành tốt nhiệm vụ"},
    {Grade::Completed, u"HTNV", u"Hoàn thành nhiệm vụ"},
    {Grade::NotCompleted, u"KHTNV", u"Không hoàn thành nhiệm vụ"},
}};

const GradeText& textOf(Grade grade) {
    return grades.at(static_cast<std::size_t>(grade));
}

} // namespace

QString gradeCode(Grade grade) {
    return QString::fromUtf16(textOf(grade).code);
}

QString gradeName(Grade grade) {
    return QString::fromUtf16(textOf(grade).name);
}

std::optional<Grade> gradeFromText(const QString& text) {
    const QString key = vn::searchKey(text);
    for (const GradeText& entry : grades)
        if (key == vn::searchKey(QString::fromUtf16(entry.code)) ||
            key == vn::searchKey(QString::fromUtf16(entry.name)))
            return entry.grade;
    return std::nullopt;
}

} // namespace thidua::domain

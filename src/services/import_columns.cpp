#include "import_columns.h"

#include "service_text.h"
#include "vietnamese_text.h"

#include <QRegularExpression>

namespace thidua::services::importing {

QString headerKey(const QString& header) {
    static const QRegularExpression notes(QStringLiteral(R"(\([^)]*\)|\[[^\]]*\]|[*:])"));
    QString text = header;
    text.remove(notes);
    return domain::vn::searchKey(text);
}

ColumnMap::ColumnMap(const QStringList& headers, std::span<const FieldSpec> fields)
    : headers_(headers)
    , fields_(fields)
    , columns_(fields.size(), -1) {
    for (int column = 0; column < headers.size(); ++column) {
        const QString key = headerKey(headers.at(column));
        for (std::size_t field = 0; field < fields.size(); ++field) {
            bool matches = false;
            for (std::string_view alias : fields[field].aliases)
                matches =
                    matches || (!alias.empty() && key == QLatin1String(alias.data(), alias.size()));
            if (!matches)
                continue;
            if (columns_[field] >= 0)
                problems_.push_back(
                    {0, headers.at(column),
                     Text::tr("The columns \"%1\" and \"%2\" both hold %3; keep one of them.")
                         .arg(headers.at(columns_[field]), headers.at(column),
                              Text::tr(fields[field].label))});
            else
                columns_[field] = column;
        }
    }
}

QString ColumnMap::header(int field) const {
    return has(field) ? headers_.at(column(field))
                      : Text::tr(fields_[static_cast<std::size_t>(field)].label);
}

void ColumnMap::requireOneOf(std::initializer_list<int> fields) {
    QStringList labels;
    for (int field : fields) {
        if (has(field))
            return;
        labels << QLatin1Char('"') + Text::tr(fields_[static_cast<std::size_t>(field)].label) +
                      QLatin1Char('"');
    }
    problems_.push_back({0,
                         {},
                         labels.size() == 1
                             ? Text::tr("The file has no column %1.").arg(labels.constFirst())
                             : Text::tr("The file has none of the columns %1.")
                                   .arg(labels.join(Text::tr(" or ")))});
}

} // namespace thidua::services::importing

#include "import_columns.h"

#include "service_text.h"
#include "vietnamese_text.h"

#include <QRegularExpression>

#include <map>

namespace thidua::services::importing {

QString headerKey(const QString& header) {
    static const QRegularExpression notes(QStringLiteral(R"(\([^)]*\)|\[[^\]]*\]|[*:])"));
    QString text = header;
    text.remove(notes);
    return domain::vn::searchKey(text);
}

ColumnMap::ColumnMap(const QStringList& headers, std::span<const FieldSpec> fields,
                     const std::optional<ImportMapping>& chosen)
    : headers_(headers)
    , fields_(fields)
    , columns_(fields.size(), -1)
    , chosen_(chosen.has_value()) {
    if (chosen)
        takeChoice(*chosen);
    else
        matchHeaders();
}

void ColumnMap::matchHeaders() {
    for (int column = 0; column < headers_.size(); ++column) {
        const QString key = headerKey(headers_.at(column));
        for (std::size_t field = 0; field < fields_.size(); ++field) {
            bool matches = false;
            for (std::string_view alias : fields_[field].aliases)
                matches =
                    matches || (!alias.empty() && key == QLatin1String(alias.data(), alias.size()));
            if (!matches)
                continue;
            if (columns_[field] >= 0)
                problems_.push_back(
                    {0, headers_.at(column),
                     Text::tr("The columns \"%1\" and \"%2\" both hold %3; keep one of them.")
                         .arg(headers_.at(columns_[field]), headers_.at(column), label(field))});
            else
                columns_[field] = column;
        }
    }
}

void ColumnMap::takeChoice(const ImportMapping& chosen) {
    // The first field that took each column, to name both when a second one does.
    std::map<int, std::size_t> fieldByColumn;
    for (auto it = chosen.begin(); it != chosen.end(); ++it) {
        const int column = it.value();
        std::size_t field = 0;
        while (field < fields_.size() && it.key() != QLatin1String(fields_[field].key))
            ++field;
        if (field == fields_.size()) {
            problems_.push_back(
                {0, {}, Text::tr("There is no field \"%1\" to import.").arg(it.key())});
            continue;
        }
        if (column < 0)
            continue;
        // The headers are padded to the widest row, so every column has one.
        if (column >= headers_.size()) {
            problems_.push_back({0, {}, Text::tr("The file has no column %1.").arg(column + 1)});
            continue;
        }
        columns_[field] = column;
        if (const auto [earlier, fresh] = fieldByColumn.try_emplace(column, field); !fresh)
            problems_.push_back(
                {0, header(static_cast<int>(field)),
                 Text::tr("The column \"%1\" is chosen for both %2 and %3; choose it for one "
                          "of them.")
                     .arg(header(static_cast<int>(field)), label(earlier->second), label(field))});
    }
}

QString ColumnMap::label(std::size_t field) const {
    return Text::tr(fields_[field].label);
}

QString ColumnMap::header(int field) const {
    const QString written = has(field) ? headers_.value(column(field)) : QString();
    return written.isEmpty() ? label(static_cast<std::size_t>(field)) : written;
}

ImportMapping ColumnMap::mapping() const {
    ImportMapping result;
    for (std::size_t field = 0; field < fields_.size(); ++field)
        result.insert(QLatin1String(fields_[field].key), columns_[field]);
    return result;
}

void ColumnMap::requireFields() {
    std::map<int, QStringList> missing; // group -> quoted labels, in field order
    std::map<int, bool> satisfied;
    for (std::size_t field = 0; field < fields_.size(); ++field) {
        const int group = fields_[field].requiredGroup;
        if (group == 0)
            continue;
        satisfied[group] = satisfied[group] || columns_[field] >= 0;
        missing[group] << QLatin1Char('"') + label(field) + QLatin1Char('"');
    }
    for (const auto& [group, labels] : missing) {
        if (satisfied[group])
            continue;
        QString message;
        // A user who chose the columns is told what to choose, not what the file lacks.
        if (chosen_)
            message =
                Text::tr("Choose the column that holds %1.").arg(labels.join(Text::tr(" or ")));
        else
            message = labels.size() == 1
                          ? Text::tr("The file has no column %1.").arg(labels.constFirst())
                          : Text::tr("The file has none of the columns %1.")
                                .arg(labels.join(Text::tr(" or ")));
        problems_.push_back({0, {}, message});
    }
}

} // namespace thidua::services::importing

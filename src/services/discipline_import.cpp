#include "discipline_import.h"

#include "evaluation_repository.h"
#include "import_subjects.h"
#include "service_context.h"
#include "service_text.h"
#include "vietnamese_format.h"
#include "vietnamese_text.h"

#include <QHash>

namespace thidua::services::importing {

namespace {

enum Field { FullName, BirthDate, Unit, Form, DecisionNumber, DecisionDate, Start, End, Reason };

// Keys are stable: saved mappings name fields by them. Required groups: 1 the
// person, 2 the form, 3 the start (the decision's date when no start is given).
constexpr std::array<FieldSpec, 9> fields{{
    fullNameField,
    birthDateField,
    unitField,
    {"form",
     QT_TRANSLATE_NOOP("thidua::services", "Form of discipline"),
     {"hinh thuc ky luat", "hinh thuc", "ky luat", "muc ky luat", "form of discipline", "form"},
     2},
    {"decision_number",
     QT_TRANSLATE_NOOP("thidua::services", "Decision number"),
     {"so quyet dinh", "quyet dinh so", "so qd", "quyet dinh", "decision number", "decision"}},
    {"decision_date",
     QT_TRANSLATE_NOOP("thidua::services", "Decision date"),
     {"ngay quyet dinh", "ngay ky", "ngay ky quyet dinh", "ngay qd", "decision date"},
     3},
    {"start_date",
     QT_TRANSLATE_NOOP("thidua::services", "Start date"),
     {"ngay bat dau", "tu ngay", "ngay hieu luc", "ngay co hieu luc", "thoi gian bat dau",
      "start date"},
     3},
    {"end_date",
     QT_TRANSLATE_NOOP("thidua::services", "End date"),
     {"ngay ket thuc", "den ngay", "thoi gian ket thuc", "het hieu luc", "end date"}},
    {"reason",
     QT_TRANSLATE_NOOP("thidua::services", "Reason"),
     {"ly do", "ly do ky luat", "noi dung vi pham", "hanh vi vi pham", "reason"}},
}};

std::optional<domain::DisciplineForm> readForm(ImportRow& row) {
    const QString text = row.required(Form);
    if (text.isEmpty())
        return std::nullopt;
    if (auto form = domain::disciplineFormFromText(text))
        return form;
    row.problem(Form, Text::tr("\"%1\" is not a form of discipline; write Khiển trách, Cảnh cáo, "
                               "Hạ bậc lương, Giáng chức, Cách chức or Buộc thôi việc.")
                          .arg(text));
    return std::nullopt;
}

// "Quyết định số 12/QĐ-STP ngày 05/03/2024": the decision as the record keeps
// it (stored data, in the words of the documents it comes from).
QString decisionText(const QString& number, std::optional<QDate> date) {
    QString text = number;
    if (!number.isEmpty() &&
        !domain::vn::searchKey(number).startsWith(QStringLiteral("quyet dinh")))
        text = QStringLiteral("Quyết định số ") + number;
    if (date)
        text += (text.isEmpty() ? QStringLiteral("Quyết định ngày ") : QStringLiteral(" ngày ")) +
                domain::vn::formatDate(*date);
    return text;
}

// The records stored for the file's people: the same form from the same day
// is the same record.
class DisciplineBook {
public:
    explicit DisciplineBook(storage::Database& db)
        : db_(db) {}

    Result<bool> stored(const SubjectKey& key) {
        auto records = records_.constFind(key.personId);
        if (records == records_.cend()) {
            auto read = storage::EvaluationRepository(db_).disciplineOf(key.personId);
            if (!read)
                return std::unexpected(read.error());
            records = records_.insert(key.personId, std::move(*read));
        }
        return std::any_of(records->begin(), records->end(), [&](const domain::Discipline& record) {
            return what(record.form, record.start) == key.what;
        });
    }

    static QString what(domain::DisciplineForm form, QDate start) {
        return domain::disciplineFormCode(form) + QLatin1Char('|') + start.toString(Qt::ISODate);
    }

private:
    storage::Database& db_;
    QHash<domain::RowId, std::vector<domain::Discipline>> records_;
};

} // namespace

std::span<const FieldSpec> disciplineFields() {
    return fields;
}

Result<std::vector<DisciplineToImport>> checkDiscipline(const CheckInput& input,
                                                        ImportProgress& progress,
                                                        std::vector<ImportProblem>& problems) {
    const auto found = readColumns(input, fields, problems);
    if (!found)
        return std::vector<DisciplineToImport>{};
    const ColumnMap& columns = *found;

    // The schema keeps discipline for people only: no collective field.
    auto subjects = SubjectFinder::load(input, columns, {FullName, BirthDate, Unit, -1});
    if (!subjects)
        return std::unexpected(subjects.error());
    DisciplineBook book(input.db);
    RepeatFinder repeats;

    std::vector<DisciplineToImport> result;
    auto ok = checkEachRow(input, columns, progress, problems, [&](ImportRow& row) -> Status {
        const auto subject = subjects->find(row);
        const auto form = readForm(row);
        const auto decided = row.date(DecisionDate);
        const auto start = row.date(Start);
        const auto end = row.date(End);
        if (row.text(Start).isEmpty() && row.text(DecisionDate).isEmpty())
            row.problem(Start, Text::tr("The start date is empty; write it, or the date of the "
                                        "decision."));
        const QDate from = start ? *start : decided.value_or(QDate());
        if (end && from.isValid() && *end < from)
            row.problem(End, Text::tr("The end %1 is before the start %2.")
                                 .arg(domain::vn::formatDate(*end), domain::vn::formatDate(from)));
        if (!row.ok())
            return {};
        const SubjectKey key{0, subject->personId, domain::NoId, DisciplineBook::what(*form, from)};
        auto stored = book.stored(key);
        if (!stored)
            return std::unexpected(stored.error());
        if (*stored)
            row.problem(Form, Text::tr("%1 already has this discipline (%2 from %3).")
                                  .arg(subject->name, domain::disciplineFormName(*form),
                                       domain::vn::formatDate(from)));
        else if (const int earlier = repeats.earlierLine(key, row.line()); earlier > 0)
            row.problem(Form, Text::tr("%1 has this discipline twice in this file: on line %2 and "
                                       "on this line.")
                                  .arg(subject->name)
                                  .arg(earlier));
        if (row.ok())
            result.push_back({row.line(),
                              {domain::NoId,
                               {},
                               subject->personId,
                               *form,
                               decisionText(row.text(DecisionNumber), decided),
                               from,
                               end.value_or(QDate()),
                               row.text(Reason)}});
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return result;
}

Status writeDiscipline(ServiceContext& context, std::vector<DisciplineToImport>& records,
                       ImportProgress& progress, qint64 checked) {
    storage::EvaluationRepository repository(context.db);
    AuditedInserts audited(context);
    return writeEach(records, progress, checked, [&](DisciplineToImport& entry) -> Status {
        return audited.insert(repository, QStringLiteral("discipline"), entry.discipline);
    });
}

} // namespace thidua::services::importing

// A sector's nomination list of 10,000 lines written as PDF by thidua, beside
// the way an office without it gets the same PDF: the list kept in Excel and
// converted by LibreOffice headless (issue: thidua's PDF in at most a tenth of
// LibreOffice's time). Both start from the list already in memory; the XLSX
// LibreOffice converts is thidua's own rendering of the same document.

#include "file_renderer.h"
#include "nomination_list.h"
#include "person_name.h"
#include "vietnamese_text.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <array>

using namespace thidua;

namespace {

constexpr int Rows = 10'000;

std::vector<domain::NominationEntry> sectorNominations() {
    static const std::array<const char*, 6> family{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ"};
    static const std::array<const char*, 4> middle{"Thị", "Văn", "Đức", "Ngọc"};
    static const std::array<const char*, 8> given{"An",    "Bình", "Cường", "Dũng",
                                                  "Giang", "Hạnh", "Lan",   "Yến"};
    static const std::array<std::pair<const char*, const char*>, 3> awards{{
        {"CSTDBO", "Chiến sĩ thi đua Bộ, ban, ngành, tỉnh"},
        {"BKBO", "Bằng khen của Bộ, ban, ngành, tỉnh"},
        {"CSTDCS", "Chiến sĩ thi đua cơ sở"},
    }};
    std::vector<domain::NominationEntry> entries;
    entries.reserve(Rows);
    for (int i = 0; i < Rows; ++i) {
        domain::NominationEntry entry;
        const domain::PersonName name{QString::fromUtf8(family[i % family.size()]),
                                      QString::fromUtf8(middle[i / 7 % middle.size()]),
                                      QString::fromUtf8(given[i / 3 % given.size()])};
        entry.candidateName = name.fullName();
        entry.nameSortKey = domain::personSortKey(name);
        entry.position =
            i % 10 == 0 ? QStringLiteral("Trưởng phòng") : QStringLiteral("Chuyên viên");
        entry.unitName = QStringLiteral("Sở Tư pháp tỉnh số %1").arg(i / 200 + 1);
        entry.unitSortKey = domain::vn::sortKey(entry.unitName);
        const auto& [code, award] = awards[static_cast<std::size_t>(i) % awards.size()];
        entry.awardCode = QString::fromLatin1(code);
        entry.awardName = QString::fromUtf8(award);
        entry.precedence = 400 + static_cast<int>(static_cast<std::size_t>(i) % awards.size());
        entry.basis = QStringLiteral("CSTĐCS 2023–2025; LĐTT 2021–2025");
        entries.push_back(std::move(entry));
    }
    return entries;
}

documents::Document sectorList() {
    documents::OfficialHeader header;
    header.parentAgency = QStringLiteral("Bộ Tư pháp");
    header.issuingAgency = QStringLiteral("Vụ Thi đua - Khen thưởng");
    header.date = QDate(2025, 12, 20);
    return reports::nominationListDocument(2025, header, sectorNominations(),
                                           reports::NominationOrder::Position,
                                           QStringLiteral("(Kèm theo Tờ trình số 15/TTr-TĐKT)"));
}

void writeList(benchmark::State& state, documents::FileFormat format, const QString& name) {
    const documents::Document document = sectorList();
    QTemporaryDir dir;
    const QString file = dir.filePath(name);
    for (auto _ : state)
        if (!documents::renderFile(document, format, file)) {
            state.SkipWithError("the list could not be written");
            break;
        }
}

void BM_NominationListToPdf(benchmark::State& state) {
    writeList(state, documents::FileFormat::Pdf, QStringLiteral("danh-sach.pdf"));
}

void BM_NominationListToXlsx(benchmark::State& state) {
    writeList(state, documents::FileFormat::Xlsx, QStringLiteral("danh-sach.xlsx"));
}

// The baseline: soffice --headless converting the XLSX of the same list.
void BM_LibreOfficeXlsxToPdf(benchmark::State& state) {
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        state.SkipWithError("LibreOffice (soffice) is not installed");
        return;
    }
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("danh-sach.xlsx"));
    if (!documents::renderFile(sectorList(), documents::FileFormat::Xlsx, xlsx)) {
        state.SkipWithError("the XLSX could not be written");
        return;
    }
    const QString profile = QStringLiteral("-env:UserInstallation=file://%1")
                                .arg(dir.filePath(QStringLiteral("profile")));
    for (auto _ : state) {
        QProcess process;
        process.start(soffice,
                      {profile, QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                       QStringLiteral("pdf"), QStringLiteral("--outdir"), dir.path(), xlsx});
        if (!process.waitForFinished(600'000) || process.exitCode() != 0) {
            state.SkipWithError("LibreOffice failed to convert the list");
            break;
        }
    }
}

} // namespace

BENCHMARK(BM_NominationListToPdf)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_NominationListToXlsx)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_LibreOfficeXlsxToPdf)->Unit(benchmark::kMillisecond)->Iterations(2);

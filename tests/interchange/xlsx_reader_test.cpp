// Workbooks written by libxlsxwriter, the way Excel-like programs write them.
#include "fixtures.h"
#include "xlsx_reader.h"

#include <QFile>

#include <gtest/gtest.h>
#include <xlsxwriter.h>

#include <functional>
#include <stdexcept>

namespace {

using thidua::ErrorCode;
using thidua::interchange::readXlsx;
using thidua::interchange::readXlsxSheetNames;
using thidua::interchange::SourceEncoding;
using thidua::interchange::SourceTable;
using thidua::test::TempFiles;
using thidua::test::u8;

QStringList cells(std::initializer_list<const char*> texts) {
    QStringList list;
    for (const char* text : texts)
        list.append(u8(text));
    return list;
}

// Writes a workbook with libxlsxwriter; `fill` adds its content.
QString writeWorkbook(const TempFiles& files, const QString& name,
                      const std::function<void(lxw_workbook*)>& fill, bool constantMemory = false) {
    const QString path = files.path(name);
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook_options options{};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    lxw_workbook* workbook = workbook_new_opt(file.constData(), &options);
    if (workbook == nullptr)
        throw std::runtime_error("workbook_new_opt failed");
    fill(workbook);
    if (workbook_close(workbook) != LXW_NO_ERROR)
        throw std::runtime_error("workbook_close failed");
    return path;
}

SourceTable read(const QString& path) {
    auto table = readXlsx(path);
    if (!table)
        throw std::runtime_error(table.error().message.toStdString());
    return *table;
}

// A list as offices keep it: a merged title, a blank row, the header on row 3,
// dates formatted dd/mm/yyyy, salary coefficients, a missing cell, a blank row
// inside the data, and a second sheet that must not be read.
QString officeList(const TempFiles& files) {
    return writeWorkbook(files, QStringLiteral("danh_sach.xlsx"), [](lxw_workbook* workbook) {
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Cán bộ");
        lxw_format* title = workbook_add_format(workbook);
        format_set_bold(title);
        format_set_align(title, LXW_ALIGN_CENTER);
        lxw_format* date = workbook_add_format(workbook);
        format_set_num_format(date, "dd/mm/yyyy");
        lxw_format* coefficient = workbook_add_format(workbook);
        format_set_num_format(coefficient, "0.00");

        worksheet_merge_range(sheet, 0, 0, 0, 4, "DANH SÁCH CÁN BỘ", title);
        const char* headers[] = {"STT", "Họ và tên", "Ngày sinh", "Hệ số lương", "Đơn vị"};
        for (lxw_col_t column = 0; column < 5; ++column)
            worksheet_write_string(sheet, 2, column, headers[column], nullptr);

        worksheet_write_number(sheet, 3, 0, 1, nullptr);
        worksheet_write_string(sheet, 3, 1, "Nguyễn Thị Hoà", nullptr);
        lxw_datetime born = {1985, 3, 14, 0, 0, 0};
        worksheet_write_datetime(sheet, 3, 2, &born, date);
        worksheet_write_number(sheet, 3, 3, 4.98, coefficient);
        worksheet_write_string(sheet, 3, 4, "Phòng Tổ chức – Cán bộ", nullptr);

        worksheet_write_number(sheet, 4, 0, 2, nullptr);
        worksheet_write_string(sheet, 4, 1, "  Trần Văn Đức ", nullptr);
        // C5 (the birth date) left empty.
        worksheet_write_number(sheet, 4, 3, 3, coefficient);
        worksheet_write_string(sheet, 4, 4, "Văn phòng", nullptr);

        worksheet_write_number(sheet, 6, 0, 3, nullptr);
        worksheet_write_string(sheet, 6, 1, "Đặng Ngọc Ánh", nullptr);
        lxw_datetime leap = {2000, 2, 29, 0, 0, 0};
        worksheet_write_datetime(sheet, 6, 2, &leap, date);

        lxw_worksheet* other = workbook_add_worksheet(workbook, "Ghi chú");
        worksheet_write_string(other, 0, 0, "không đọc", nullptr);
        worksheet_write_string(other, 0, 1, "trang này", nullptr);
    });
}

TEST(XlsxReader, ReadsAnOfficeListBelowAMergedTitle) {
    TempFiles files;
    const SourceTable table = read(officeList(files));
    EXPECT_EQ(table.sheetName, u8("Cán bộ"));
    EXPECT_EQ(table.encoding, SourceEncoding::Xlsx);
    EXPECT_EQ(table.titles, cells({"DANH SÁCH CÁN BỘ"}));
    EXPECT_EQ(table.headers, cells({"STT", "Họ và tên", "Ngày sinh", "Hệ số lương", "Đơn vị"}));
    ASSERT_EQ(table.rows.size(), 3u);
    EXPECT_EQ(table.rows[0].line, 4);
    EXPECT_EQ(table.rows[0].cells,
              cells({"1", "Nguyễn Thị Hoà", "1985-03-14", "4.98", "Phòng Tổ chức – Cán bộ"}));
    EXPECT_EQ(table.rows[1].line, 5);
    EXPECT_EQ(table.rows[1].cells, cells({"2", "Trần Văn Đức", "", "3", "Văn phòng"}));
    EXPECT_EQ(table.rows[2].line, 7);
    EXPECT_EQ(table.rows[2].cells, cells({"3", "Đặng Ngọc Ánh", "2000-02-29", "", ""}));
}

TEST(XlsxReader, NamesTheOtherSheetsWithDataAndReadsAChosenOne) {
    TempFiles files;
    const QString path = officeList(files);
    EXPECT_EQ(read(path).otherSheets, cells({"Ghi chú"}));
    EXPECT_EQ(readXlsxSheetNames(path).value_or(QStringList()), cells({"Cán bộ", "Ghi chú"}));

    auto chosen = readXlsx(path, u8("ghi CHÚ"));
    ASSERT_TRUE(chosen) << chosen.error().message.toStdString();
    EXPECT_EQ(chosen->sheetName, u8("Ghi chú"));
    EXPECT_EQ(chosen->headers, cells({"không đọc", "trang này"}));
    EXPECT_EQ(chosen->otherSheets, cells({"Cán bộ"}));

    const auto missing = readXlsx(path, u8("Tập thể"));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(missing.error().message.contains(u8("\"Tập thể\"")))
        << missing.error().message.toStdString();
    EXPECT_TRUE(missing.error().message.contains(u8("\"Cán bộ\", \"Ghi chú\"")));
}

TEST(XlsxReader, SkipsEmptyFirstSheetsAndDoesNotNameEmptyOnes) {
    TempFiles files;
    const QString path =
        writeWorkbook(files, QStringLiteral("trang-trong.xlsx"), [](lxw_workbook* workbook) {
            workbook_add_worksheet(workbook, "Sheet1");
            lxw_worksheet* list = workbook_add_worksheet(workbook, "Danh sách");
            worksheet_write_string(list, 0, 0, "Họ và tên", nullptr);
            worksheet_write_string(list, 0, 1, "Đơn vị", nullptr);
            worksheet_write_string(list, 1, 0, "Lê Thị Hoa", nullptr);
            workbook_add_worksheet(workbook, "Sheet3");
        });
    const SourceTable table = read(path);
    EXPECT_EQ(table.sheetName, u8("Danh sách"));
    EXPECT_EQ(table.rows.size(), 1u);
    EXPECT_TRUE(table.otherSheets.isEmpty()) << table.otherSheets.join(u',').toStdString();
    EXPECT_EQ(readXlsxSheetNames(path).value_or(QStringList()), cells({"Danh sách"}));
}

TEST(XlsxReader, ReadsInlineStringsOfStreamingWriters) {
    TempFiles files;
    const QString path = writeWorkbook(
        files, QStringLiteral("luồng.xlsx"),
        [](lxw_workbook* workbook) {
            lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
            worksheet_write_string(sheet, 0, 0, "Họ và tên", nullptr);
            worksheet_write_string(sheet, 0, 1, "Danh hiệu", nullptr);
            worksheet_write_string(sheet, 1, 0, "Lê Thị Mỹ Duyên", nullptr);
            worksheet_write_string(sheet, 1, 1, "Chiến sĩ thi đua cơ sở", nullptr);
        },
        true);
    const SourceTable table = read(path);
    EXPECT_EQ(table.sheetName, QStringLiteral("Sheet1"));
    EXPECT_EQ(table.headers, cells({"Họ và tên", "Danh hiệu"}));
    ASSERT_EQ(table.rows.size(), 1u);
    EXPECT_EQ(table.rows[0].cells, cells({"Lê Thị Mỹ Duyên", "Chiến sĩ thi đua cơ sở"}));
}

TEST(XlsxReader, JoinsTheRunsOfRichText) {
    TempFiles files;
    const QString path =
        writeWorkbook(files, QStringLiteral("rich.xlsx"), [](lxw_workbook* workbook) {
            lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
            lxw_format* bold = workbook_add_format(workbook);
            format_set_bold(bold);
            worksheet_write_string(sheet, 0, 0, "Họ tên", nullptr);
            worksheet_write_string(sheet, 0, 1, "Thành tích", nullptr);
            worksheet_write_string(sheet, 1, 0, "An", nullptr);
            char plain[] = "Hoàn thành ";
            char strong[] = "xuất sắc";
            char tail[] = " nhiệm vụ";
            lxw_rich_string_tuple first = {nullptr, plain};
            lxw_rich_string_tuple second = {bold, strong};
            lxw_rich_string_tuple third = {nullptr, tail};
            lxw_rich_string_tuple* runs[] = {&first, &second, &third, nullptr};
            worksheet_write_rich_string(sheet, 1, 1, runs, nullptr);
        });
    const SourceTable table = read(path);
    ASSERT_EQ(table.rows.size(), 1u);
    EXPECT_EQ(table.rows[0].cells[1], u8("Hoàn thành xuất sắc nhiệm vụ"));
}

TEST(XlsxReader, ReadsBooleansFormulaResultsAndErrors) {
    TempFiles files;
    const QString path =
        writeWorkbook(files, QStringLiteral("công thức.xlsx"), [](lxw_workbook* workbook) {
            lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
            const char* headers[] = {"Đảng viên", "Họ tên", "Tổng", "Lỗi", "Số lớn"};
            for (lxw_col_t column = 0; column < 5; ++column)
                worksheet_write_string(sheet, 0, column, headers[column], nullptr);
            worksheet_write_boolean(sheet, 1, 0, 1, nullptr);
            worksheet_write_formula_str(sheet, 1, 1, "=\"Lê \"&\"Hoa\"", nullptr, "Lê Hoa");
            worksheet_write_formula_num(sheet, 1, 2, "=1+2", nullptr, 3);
            worksheet_write_number(sheet, 1, 4, 2340000, nullptr);
            worksheet_write_boolean(sheet, 2, 0, 0, nullptr);
            worksheet_write_formula_num(sheet, 2, 2, "=7/2", nullptr, 3.5);
            worksheet_write_number(sheet, 2, 4, 0.1 + 0.2, nullptr);
        });
    const SourceTable table = read(path);
    ASSERT_EQ(table.rows.size(), 2u);
    EXPECT_EQ(table.rows[0].cells, cells({"TRUE", "Lê Hoa", "3", "", "2340000"}));
    EXPECT_EQ(table.rows[1].cells, cells({"FALSE", "", "3.5", "", "0.3"}));
}

TEST(XlsxReader, TellsDatesFromNumbersByTheirFormat) {
    TempFiles files;
    const QString path =
        writeWorkbook(files, QStringLiteral("ngày.xlsx"), [](lxw_workbook* workbook) {
            lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
            lxw_format* builtIn = workbook_add_format(workbook);
            format_set_num_format_index(builtIn, 14);
            lxw_format* withTime = workbook_add_format(workbook);
            format_set_num_format(withTime, "dd/mm/yyyy hh:mm");
            lxw_format* vietnamese = workbook_add_format(workbook);
            format_set_num_format(vietnamese, "\"Ngày\" dd \"tháng\" mm \"năm\" yyyy");
            lxw_format* time = workbook_add_format(workbook);
            format_set_num_format(time, "hh:mm");
            lxw_format* money = workbook_add_format(workbook);
            format_set_num_format(money, "#,##0 \"đồng\"");

            const char* headers[] = {"Mã 14", "Giờ", "Kiểu Việt", "Thời gian", "Tiền"};
            for (lxw_col_t column = 0; column < 5; ++column)
                worksheet_write_string(sheet, 0, column, headers[column], nullptr);
            worksheet_write_number(sheet, 1, 0, 45292, builtIn);
            worksheet_write_number(sheet, 1, 1, 45292.75, withTime);
            worksheet_write_number(sheet, 1, 2, 31120, vietnamese);
            worksheet_write_number(sheet, 1, 3, 0.5, time);
            worksheet_write_number(sheet, 1, 4, 1500000, money);
            // Around Excel's 1900 leap-year bug.
            worksheet_write_number(sheet, 2, 0, 59, builtIn);
            worksheet_write_number(sheet, 3, 0, 60, builtIn);
            worksheet_write_number(sheet, 4, 0, 61, builtIn);
            worksheet_write_string(sheet, 5, 0, "14/03/1985", builtIn); // typed as text
        });
    const SourceTable table = read(path);
    ASSERT_EQ(table.rows.size(), 5u);
    EXPECT_EQ(table.rows[0].cells,
              cells({"2024-01-01", "2024-01-01", "1985-03-14", "0.5", "1500000"}));
    EXPECT_EQ(table.rows[1].cells[0], QStringLiteral("1900-02-28"));
    EXPECT_EQ(table.rows[2].cells[0], QStringLiteral("1900-02-29"));
    EXPECT_EQ(table.rows[3].cells[0], QStringLiteral("1900-03-01"));
    EXPECT_EQ(table.rows[4].cells[0], QStringLiteral("14/03/1985"));
}

TEST(XlsxReader, PlacesCellsByTheirColumnLetters) {
    TempFiles files;
    const QString path =
        writeWorkbook(files, QStringLiteral("rời.xlsx"), [](lxw_workbook* workbook) {
            lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
            worksheet_write_string(sheet, 0, 1, "B", nullptr);
            worksheet_write_string(sheet, 0, 3, "D", nullptr);
            worksheet_write_string(sheet, 0, 27, "AB", nullptr);
            worksheet_write_string(sheet, 1, 27, "ở AB", nullptr);
            worksheet_write_string(sheet, 2, 0, "ở A", nullptr);
            worksheet_write_string(sheet, 2, 29, "ở AD", nullptr);
        });
    const SourceTable table = read(path);
    ASSERT_EQ(table.headers.size(), 28);
    EXPECT_EQ(table.headers[0], QString());
    EXPECT_EQ(table.headers[1], QStringLiteral("B"));
    EXPECT_EQ(table.headers[3], QStringLiteral("D"));
    EXPECT_EQ(table.headers[27], QStringLiteral("AB"));
    ASSERT_EQ(table.rows.size(), 2u);
    EXPECT_EQ(table.rows[0].cells.size(), 28);
    EXPECT_EQ(table.rows[0].cells[27], u8("ở AB"));
    EXPECT_EQ(table.rows[1].cells.size(), 30);
    EXPECT_EQ(table.rows[1].cells[0], u8("ở A"));
    EXPECT_EQ(table.rows[1].cells[29], u8("ở AD"));
}

TEST(XlsxReader, RefusesASheetWithoutAnyValue) {
    TempFiles files;
    const QString path =
        writeWorkbook(files, QStringLiteral("trống.xlsx"), [](lxw_workbook* workbook) {
            lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
            lxw_format* bold = workbook_add_format(workbook);
            format_set_bold(bold);
            worksheet_write_blank(sheet, 2, 2, bold);
            worksheet_write_string(sheet, 3, 0, "   ", nullptr);
        });
    const auto table = readXlsx(path);
    ASSERT_FALSE(table);
    EXPECT_EQ(table.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(table.error().message.contains(path));
    EXPECT_TRUE(table.error().message.contains(u8("không có dòng tiêu đề")));
}

TEST(XlsxReader, RefusesATruncatedWorkbook) {
    TempFiles files;
    const QString path = officeList(files);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    // Without the end of central directory record (its last 22 bytes) or less.
    for (const qint64 keep : {size - 22, size - 30, size / 2, qint64(100), qint64(4), qint64(0)}) {
        ASSERT_TRUE(file.resize(keep));
        const auto table = readXlsx(path);
        ASSERT_FALSE(table) << keep;
        EXPECT_EQ(table.error().code, ErrorCode::InvalidInput);
        EXPECT_EQ(table.error().message,
                  u8("Không đọc được tệp %1: tệp không phải bảng tính Excel (.xlsx) hợp lệ hoặc "
                     "đã bị hỏng.")
                      .arg(path));
    }
}

TEST(XlsxReader, NeverCrashesOnCorruptedBytes) {
    TempFiles files;
    const QString original = officeList(files);
    QFile source(original);
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    const QByteArray bytes = source.readAll();
    int refused = 0;
    for (qsizetype at = 30; at < bytes.size(); at += 97) {
        QByteArray damaged = bytes;
        damaged[at] = static_cast<char>(damaged[at] ^ 0x5A);
        const QString path = files.write(QStringLiteral("hỏng.xlsx"), damaged);
        const auto table = readXlsx(path);
        if (!table) {
            ++refused;
            EXPECT_TRUE(table.error().message.startsWith(u8("Không đọc được tệp %1: ").arg(path)))
                << table.error().message.toStdString();
        }
    }
    EXPECT_GT(refused, 0);
}

TEST(XlsxReader, RefusesAFileThatIsNotAZip) {
    TempFiles files;
    const QString path = files.write(QStringLiteral("đổi tên.xlsx"), "Họ tên;Đơn vị\nAn;B\n");
    const auto table = readXlsx(path);
    ASSERT_FALSE(table);
    EXPECT_EQ(table.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(table.error().message.contains(path));
}

TEST(XlsxReader, ExplainsPasswordProtectedAndOldExcelFiles) {
    // Excel encrypts a workbook with a password into an OLE compound file, the
    // same container as Excel 97–2003 .xls files.
    TempFiles files;
    QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
    ole.append(600, '\0');
    const QString path = files.write(QStringLiteral("mật khẩu.xlsx"), ole);
    const auto table = readXlsx(path);
    ASSERT_FALSE(table);
    EXPECT_EQ(table.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(table.error().message,
              u8("Không đọc được tệp %1: tệp có mật khẩu hoặc là bảng tính Excel 97–2003, hãy mở "
                 "bằng Excel, bỏ mật khẩu và lưu lại thành .xlsx.")
                  .arg(path));
}

TEST(XlsxReader, ReportsAMissingFile) {
    TempFiles files;
    const QString path = files.path(QStringLiteral("không có.xlsx"));
    const auto table = readXlsx(path);
    ASSERT_FALSE(table);
    EXPECT_EQ(table.error().code, ErrorCode::Io);
    EXPECT_EQ(table.error().message, u8("Không đọc được tệp %1: tệp không tồn tại.").arg(path));
}

} // namespace

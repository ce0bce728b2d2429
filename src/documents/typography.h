#pragma once

// Font sizes and spacing of an official document (Nghị định 30/2020, Phụ lục I:
// body 13-14 pt, header 12-13 pt). All lengths in millimetres.
namespace thidua::documents {

struct Typography {
    double bodyPointSize = 14.0;         // Paragraphs and headings.
    double agencyPointSize = 13.0;       // Parent and issuing agency.
    double numberPointSize = 13.0;       // "Số: ...".
    double subjectPointSize = 12.0;      // "V/v ..." of a công văn.
    double nationalNamePointSize = 13.0; // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".
    double mottoPointSize = 14.0;        // "Độc lập - Tự do - Hạnh phúc".
    double datePointSize = 14.0;         // "Hà Nội, ngày 05 tháng 02 năm 2026" (italic).
    double titlePointSize = 14.0;        // Document type and trích yếu.
    double recipientsTitlePointSize = 12.0;
    double recipientsPointSize = 11.0;
    double signaturePointSize = 14.0;
    double pageNumberPointSize = 14.0;

    double headerLeftShare = 0.40;    // Share of the text width for the agency column.
    double signatureLeftShare = 0.45; // Share for "Nơi nhận".
    double firstLineIndentMm = 12.7;  // 1,27 cm.
    double paragraphSpacingMm = 2.12; // 6 pt after each paragraph.
    double afterTableMm = 4.2;        // 12 pt between a table and what follows.
    double signatureSpaceMm = 24.0;   // Room for the signature and seal.
    double cellPaddingXMm = 1.5;
    double cellPaddingYMm = 1.0;
    double ruleThicknessMm = 0.25; // Rules under the header lines and title.
    double gridThicknessMm = 0.2;  // Table grid.
};

} // namespace thidua::documents

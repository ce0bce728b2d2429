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
    double captionPointSize = 13.0; // "Biểu đồ 1. ..." under a chart (italic).

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

    double columnPaddingMm = 1.0;          // Keeps centred header text off its column's edge.
    double ruleGapMm = 1.0;                // Between a line of text and the rule under it.
    double headerRowGapMm = 3.0;           // Between the header's rules and the "Số" / date row.
    double afterHeaderMm = 6.0;            // Between the header and the title.
    double afterTitleMm = 6.0;             // Between the title's rule and the body.
    double agencyRuleShare = 0.4;          // Of the issuing agency's line (ND30: 1/3 to 1/2).
    double summaryRuleShare = 1.0 / 3.0;   // Of the title's widest line.
    double minimumRuleMm = 15.0;           // The shortest rule under a short line.
    double beforeSignatureMm = 4.0;        // Above "Nơi nhận" and the signer.
    double beforeSignatureCaptionMm = 4.0; // Above the caption of signature columns.
    double afterSignatureCaptionMm = 3.0;  // Between that caption and the first row.
    double betweenSignatureRowsMm = 6.0;   // Between rows of signature columns.
    double captionGapMm = 2.0;             // Between a chart and its caption.
};

} // namespace thidua::documents

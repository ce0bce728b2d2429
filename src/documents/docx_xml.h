#pragma once

#include "document.h"
#include "font_spec.h"

#include <QList>
#include <QSizeF>
#include <QString>
#include <QXmlStreamWriter>

// The WordprocessingML pieces the DOCX writer is built from: paragraphs of
// one formatted run, short rules, tables with or without a grid. Lengths are
// given in millimetres and font sizes in points, as in typography.h; these
// functions convert them to Word's twips and half-points.
namespace thidua::documents::docx {

inline const QString kWordNamespace =
    QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
inline const QString kRelationshipsNamespace =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
// DrawingML, for pictures: the inline frame, the drawing, the picture.
inline const QString kWordDrawingNamespace =
    QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
inline const QString kDrawingNamespace =
    QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main");
inline const QString kPictureNamespace =
    QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture");

// Twentieths of a point, Word's unit of length.
int twips(double millimetres);

struct ParagraphFormat {
    Alignment alignment = Alignment::Left;
    double firstLineIndentMm = 0;
    double beforeMm = 0;
    double afterMm = 0;
    bool keepWithNext = false;
    double leftIndentMm = 0;

    static ParagraphFormat centred(double beforeMm = 0) {
        return {Alignment::Center, 0, beforeMm, 0, false};
    }
};

// One paragraph of `text` in one run; '\n' breaks the line, and text is kept
// exactly as given (xml:space="preserve"), Vietnamese included.
void paragraph(QXmlStreamWriter& xml, const QString& text, const ParagraphFormat& format,
               const FontSpec& font);

// An empty paragraph `heightMm` high, for room that must stay exactly as the
// printed layout has it (the space for a signature and seal).
void spacer(QXmlStreamWriter& xml, double heightMm);

// A rule `widthMm` long centred in a column `columnWidthMm` wide, `gapMm`
// under the line above: an empty paragraph `gapMm` high, indented from both
// sides, whose bottom border is the rule.
void rule(QXmlStreamWriter& xml, double widthMm, double columnWidthMm, double thicknessMm,
          double gapMm);

// A paragraph holding only a picture, centred and kept with the next
// paragraph (its caption): the image part `relationshipId` at `sizeMm`. `id`
// numbers the document's drawings from 1; `description` is the alternative text.
void picture(QXmlStreamWriter& xml, const QString& relationshipId, int id, const QSizeF& sizeMm,
             const QString& description, double beforeMm);

struct TableFormat {
    bool grid = false;            // Borderless when false (header and signature layouts).
    double gridThicknessMm = 0.2; // The grid's lines.
    double cellPaddingXMm = 0;
    double cellPaddingYMm = 0;
    bool centred = false; // A table narrower than the text width, centred.
};

// Opens <w:tbl> with its properties and its grid of column widths; close it
// with xml.writeEndElement().
void startTable(QXmlStreamWriter& xml, const QList<double>& widthsMm, const TableFormat& format);

enum class RowKind {
    Plain,    // May split between pages.
    Whole,    // Stays on one page (signatures).
    Repeated, // The header row, repeated at the top of every page.
};

// Opens <w:tr>; close it with xml.writeEndElement().
void startRow(QXmlStreamWriter& xml, RowKind kind);

// Opens <w:tc> spanning `span` grid columns; close it with xml.writeEndElement().
void startCell(QXmlStreamWriter& xml, double widthMm, int span = 1, bool centreVertically = false);

} // namespace thidua::documents::docx

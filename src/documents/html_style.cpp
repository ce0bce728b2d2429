#include "html_style.h"

using namespace Qt::Literals::StringLiterals;

namespace thidua::documents {

namespace {

QString mm(double millimetres) {
    return QString::number(millimetres, 'f', 2) + u"mm"_s;
}

QString pt(double points) {
    return QString::number(points, 'g', 4) + u"pt"_s;
}

// %1 orientation, %2-%5 margins top right bottom left, %6 text width, %7
// body size, %8 agency size, %9 national name size, %10 motto size, %11 date
// size, %12 number size, %13 subject size, %14 title size, %15 first-line
// indent, %16 paragraph spacing, %17 after a table, %18 recipients' title
// size, %19 recipients' size, %20 signature size, %21 room for the
// signature, %22 before a signature, %23 caption size, %24 grid, %25 cell
// padding y, %26 cell padding x, %27 rules, %28 between signature rows, %29
// between a chart and its caption.
const QString kStyle = uR"(
@page { size: A4 %1; margin: %2 %3 %4 %5; }
* { box-sizing: border-box; }
body { margin: 0; color: #000; font-family: "Times New Roman", "Liberation Serif", "Noto Serif", serif; font-size: %7; line-height: 1.15; }
main { width: %6; }
@media screen {
  body { background: #e8e8e8; }
  main { background: #fff; width: calc(%6 + %3 + %5); margin: 8mm auto; padding: %2 %3 %4 %5; box-shadow: 0 0 2mm rgba(0, 0, 0, 0.25); }
}
.ruled { display: inline-block; }
.ruled::after { content: ""; display: block; margin: 1mm auto 0; border-top: %27 solid #000; }
table.header { width: 100%; border-collapse: collapse; }
table.header td { vertical-align: top; text-align: center; padding: 0 1mm; }
table.header td.agency { width: 40%; }
.parent-agency { font-size: %8; }
.issuing-agency { font-size: %8; font-weight: bold; }
.parent-agency, .issuing-agency { text-wrap: balance; }
.issuing-agency::after { width: 40%; min-width: 15mm; }
.national-name { font-size: %9; font-weight: bold; white-space: nowrap; }
.motto { font-size: %10; font-weight: bold; }
.motto::after { width: 100%; }
table.header td.number { font-size: %12; padding-top: 3mm; }
.subject { font-size: %13; }
table.header td.date { font-size: %11; font-style: italic; padding-top: 3mm; }
.title { text-align: center; font-size: %14; font-weight: bold; margin: 6mm 0; text-wrap: balance; }
.title .ruled::after { width: 33%; min-width: 15mm; }
.title-note { font-size: %7; font-weight: normal; font-style: italic; }
h2, h3, h4 { font-size: %7; margin: 0 0 %16; text-indent: %15; text-align: justify; break-after: avoid; }
h2 { margin-top: %16; }
h4 { font-weight: normal; font-style: italic; }
p { margin: 0 0 %16; }
.left { text-align: left; }
.center { text-align: center; }
.block { display: table; margin-left: auto; margin-right: auto; text-align: left; }
td.block { display: table-cell; text-align: center; }
.right { text-align: right; }
.justify { text-align: justify; }
p.indent { text-indent: %15; }
.bold { font-weight: bold; }
.italic { font-style: italic; }
table.grid { width: 100%; border-collapse: collapse; margin-bottom: %17; }
table.grid th, table.grid td { border: %24 solid #000; padding: %25 %26; vertical-align: top; }
table.grid th { text-align: center; vertical-align: middle; }
table.grid thead { display: table-header-group; }
table.grid tr { break-inside: avoid; }
table.grid tr.group td { font-weight: bold; }
table.signature { width: 100%; border-collapse: collapse; margin: %22 0 %16; break-inside: avoid; }
table.signature td { vertical-align: top; padding: 0; }
table.signature td.recipients { width: 45%; }
.recipients-title { font-size: %18; font-weight: bold; font-style: italic; }
.recipient { font-size: %19; }
.signer { text-align: center; font-size: %20; font-weight: bold; }
.signer .room { height: %21; }
.signature-caption { text-align: center; font-size: %20; font-weight: bold; margin: %22 0 3mm; break-after: avoid; }
table.signature-row { margin: 0 auto %28; border-collapse: collapse; break-inside: avoid; }
table.signature-row td { vertical-align: top; padding: 0 1mm; }
.page-break { break-before: page; page-break-before: always; }
figure.chart { margin: %16 0 %17; text-align: center; break-inside: avoid; }
figure.chart img { display: block; width: 100%; height: auto; }
figure.chart figcaption { font-size: %23; font-style: italic; margin-top: %29; }
)"_s;

} // namespace

QString htmlStyle(const Typography& type, const PageGeometry& geometry) {
    const QMarginsF margins = geometry.margins;
    return kStyle
        .arg(geometry.orientation == Orientation::Landscape ? u"landscape"_s : u"portrait"_s,
             mm(margins.top()), mm(margins.right()), mm(margins.bottom()), mm(margins.left()),
             mm(geometry.textArea().width()), pt(type.bodyPointSize), pt(type.agencyPointSize),
             pt(type.nationalNamePointSize))
        .arg(pt(type.mottoPointSize), pt(type.datePointSize), pt(type.numberPointSize),
             pt(type.subjectPointSize), pt(type.titlePointSize), mm(type.firstLineIndentMm),
             mm(type.paragraphSpacingMm), mm(type.afterTableMm), pt(type.recipientsTitlePointSize))
        .arg(pt(type.recipientsPointSize), pt(type.signaturePointSize), mm(type.signatureSpaceMm),
             mm(type.beforeSignatureMm), pt(type.captionPointSize), mm(type.gridThicknessMm),
             mm(type.cellPaddingYMm), mm(type.cellPaddingXMm), mm(type.ruleThicknessMm))
        .arg(mm(type.betweenSignatureRowsMm), mm(type.captionGapMm));
}

} // namespace thidua::documents

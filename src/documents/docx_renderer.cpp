#include "docx_renderer.h"

#include "docx_body.h"
#include "official_text.h"
#include "zip_writer.h"

#include <cmath>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace thidua::documents {

namespace {

const DocxPageHeaders kHeaders{u"rIdPageNumber"_s, u"rIdFirstPage"_s};

const QString kDeclaration = u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"_s;

const QString kContentTypes =
    uR"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Default Extension="png" ContentType="image/png"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>)"_s;

const QString kPackageRelationships =
    uR"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>)"_s;

// %1 and %2: the ids of the page headers; %3: the charts' pictures.
const QString kDocumentRelationships =
    uR"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
<Relationship Id="%1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
<Relationship Id="%2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>
%3</Relationships>)"_s;

// %1: the id, %2: the picture's path under word/.
const QString kImageRelationship =
    uR"(<Relationship Id="%1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="%2"/>
)"_s;

// Times New Roman for every script (Vietnamese is Latin with diacritics), the
// body size of %1 half-points, single spacing, no space between paragraphs
// unless a paragraph asks for it.
const QString kStyles =
    uR"(<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults>
<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="%1"/><w:szCs w:val="%1"/><w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>
</w:styles>)"_s;

const QString kSettings =
    uR"(<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:zoom w:percent="100"/>
<w:defaultTabStop w:val="720"/>
<w:characterSpacingControl w:val="doNotCompress"/>
<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>
</w:settings>)"_s;

// The page number, centred: a PAGE field of %1 half-points.
const QString kPageNumberHeader =
    uR"(<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="center"/></w:pPr>
<w:r><w:rPr><w:sz w:val="%1"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>
<w:r><w:rPr><w:sz w:val="%1"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>
<w:r><w:rPr><w:sz w:val="%1"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>
<w:r><w:rPr><w:sz w:val="%1"/></w:rPr><w:t>2</w:t></w:r>
<w:r><w:rPr><w:sz w:val="%1"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>
</w:p>
</w:hdr>)"_s;

// Nghị định 30: no number on the first page.
const QString kFirstPageHeader =
    uR"(<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p>
</w:hdr>)"_s;

// %1: the title, already escaped.
const QString kCoreProperties =
    uR"(<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:title>%1</dc:title>
<dc:creator>thidua</dc:creator>
<dc:language>vi-VN</dc:language>
</cp:coreProperties>)"_s;

const QString kAppProperties =
    uR"(<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">
<Application>thidua</Application>
</Properties>)"_s;

QString halfPoints(double points) {
    return QString::number(std::lround(points * 2));
}

QByteArray part(const QString& xml) {
    return (kDeclaration + xml).toUtf8();
}

QString chartPicture(qsizetype number) {
    return u"media/chart%1.png"_s.arg(number);
}

} // namespace

Status writeDocx(const Document& document, const QString& filePath, const RenderProgress& progress,
                 const Typography& type, const QString& fontFamily) {
    auto body = docxDocumentXml(document, type, kHeaders, fontFamily, progress);
    if (!body) {
        return std::unexpected(body.error());
    }
    auto zip = ZipWriter::create(filePath);
    if (!zip) {
        return std::unexpected(zip.error());
    }
    QString pictures;
    for (qsizetype n = 1; n <= body->chartPngs.size(); ++n) {
        pictures += kImageRelationship.arg(docxChartRelationship(n), chartPicture(n));
    }
    QList<std::pair<QString, QByteArray>> parts{
        {u"[Content_Types].xml"_s, part(kContentTypes)},
        {u"_rels/.rels"_s, part(kPackageRelationships)},
        {u"docProps/core.xml"_s,
         part(kCoreProperties.arg(metadataTitle(document).toHtmlEscaped()))},
        {u"docProps/app.xml"_s, part(kAppProperties)},
        {u"word/document.xml"_s, body->xml},
        {u"word/_rels/document.xml.rels"_s,
         part(kDocumentRelationships.arg(kHeaders.pageNumber, kHeaders.firstPage, pictures))},
        {u"word/styles.xml"_s, part(kStyles.arg(halfPoints(type.bodyPointSize)))},
        {u"word/settings.xml"_s, part(kSettings)},
        {u"word/header1.xml"_s, part(kPageNumberHeader.arg(halfPoints(type.pageNumberPointSize)))},
        {u"word/header2.xml"_s, part(kFirstPageHeader)},
    };
    for (qsizetype n = 1; n <= body->chartPngs.size(); ++n) {
        parts.append({u"word/"_s + chartPicture(n), body->chartPngs.at(n - 1)});
    }
    for (const auto& [name, bytes] : parts) {
        if (auto added = zip->add(name, bytes); !added) {
            return added;
        }
    }
    return zip->commit();
}

} // namespace thidua::documents

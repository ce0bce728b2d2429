#include "xlsx_workbook.h"

#include "xlsx_cells.h"

#include <QDir>
#include <QHash>

#include <algorithm>

namespace thidua::interchange::detail {

using namespace Qt::Literals::StringLiterals;

namespace {

QString relationshipsPart(const QString& sourcePart) {
    if (sourcePart.isEmpty())
        return QStringLiteral("_rels/.rels");
    const qsizetype slash = sourcePart.lastIndexOf(u'/');
    const QString folder = slash < 0 ? QString() : sourcePart.left(slash + 1);
    return folder + QStringLiteral("_rels/") + sourcePart.sliced(slash + 1) +
           QStringLiteral(".rels");
}

bool isTrue(QStringView value) {
    return value == u"1" || value.compare(u"true", Qt::CaseInsensitive) == 0;
}

// The r:id of a <sheet>: an "id" attribute in the relationships namespace,
// whichever of the transitional or strict URIs the file uses.
QString relationshipId(const QXmlStreamAttributes& attributes) {
    for (const QXmlStreamAttribute& attribute : attributes) {
        if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
            return attribute.value().toString();
    }
    return {};
}

const Relationship* findByType(const std::vector<Relationship>& relationships,
                               QStringView typeSuffix) {
    const auto it = std::ranges::find_if(relationships, [typeSuffix](const Relationship& r) {
        return r.type.endsWith(typeSuffix, Qt::CaseInsensitive);
    });
    return it == relationships.end() ? nullptr : &*it;
}

// A relationship's part, or by convention `fallback` when a writer left the
// relationship out but stored the part, or nothing.
QString optionalPart(const XlsxPackage& package, const std::vector<Relationship>& relationships,
                     QStringView typeSuffix, const QString& fallback) {
    if (const Relationship* r = findByType(relationships, typeSuffix))
        return r->target;
    return package.contains(fallback) ? fallback : QString();
}

Result<QString> workbookPart(const XlsxPackage& package) {
    auto relationships = readRelationships(package, QString());
    if (!relationships)
        return std::unexpected(relationships.error());
    if (const Relationship* r = findByType(*relationships, u"/officeDocument"))
        return r->target;
    return QStringLiteral("xl/workbook.xml");
}

struct SheetEntry {
    QString name;
    QString relationshipId;
};

} // namespace

QString resolveTarget(const QString& sourcePart, const QString& target) {
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.sliced(1));
    const qsizetype slash = sourcePart.lastIndexOf(u'/');
    const QString folder = slash < 0 ? QString() : sourcePart.left(slash + 1);
    return QDir::cleanPath(folder + target);
}

Result<std::vector<Relationship>> readRelationships(const XlsxPackage& package,
                                                    const QString& sourcePart) {
    std::vector<Relationship> relationships;
    const QString part = relationshipsPart(sourcePart);
    if (!package.contains(part))
        return relationships;
    const Status read = package.readXml(part, [&](QXmlStreamReader& xml) -> Status {
        if (!xml.readNextStartElement())
            return {};
        while (xml.readNextStartElement()) {
            if (xml.name() == u"Relationship") {
                const QXmlStreamAttributes attributes = xml.attributes();
                if (attributes.value("TargetMode"_L1) != u"External") {
                    relationships.push_back(
                        {attributes.value("Id"_L1).toString(),
                         attributes.value("Type"_L1).toString(),
                         resolveTarget(sourcePart, attributes.value("Target"_L1).toString())});
                }
            }
            xml.skipCurrentElement();
        }
        return {};
    });
    if (!read)
        return std::unexpected(read.error());
    return relationships;
}

Result<WorkbookInfo> readWorkbook(const XlsxPackage& package) {
    const auto workbook = workbookPart(package);
    if (!workbook)
        return std::unexpected(workbook.error());

    WorkbookInfo info;
    std::vector<SheetEntry> sheets;
    const Status read = package.readXml(*workbook, [&](QXmlStreamReader& xml) -> Status {
        if (!xml.readNextStartElement())
            return {};
        while (xml.readNextStartElement()) {
            if (xml.name() == u"workbookPr") {
                info.date1904 = isTrue(xml.attributes().value("date1904"_L1));
                xml.skipCurrentElement();
            } else if (xml.name() == u"sheets") {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"sheet") {
                        sheets.push_back({xml.attributes().value("name"_L1).toString(),
                                          relationshipId(xml.attributes())});
                    }
                    xml.skipCurrentElement();
                }
            } else {
                xml.skipCurrentElement();
            }
        }
        return {};
    });
    if (!read)
        return std::unexpected(read.error());
    if (sheets.empty())
        return package.invalid(QStringLiteral("bảng tính không có trang tính nào"));

    const auto relationships = readRelationships(package, *workbook);
    if (!relationships)
        return std::unexpected(relationships.error());
    for (const SheetEntry& sheet : sheets) {
        const auto it = std::ranges::find_if(
            *relationships, [&](const Relationship& r) { return r.id == sheet.relationshipId; });
        if (it != relationships->end() && it->type.endsWith(u"/worksheet"))
            info.sheets.push_back({sheet.name, it->target});
    }
    if (info.sheets.empty())
        return package.invalid(QStringLiteral("không tìm thấy trang tính nào trong bảng tính"));

    info.sharedStringsPart = optionalPart(package, *relationships, u"/sharedStrings",
                                          QStringLiteral("xl/sharedStrings.xml"));
    info.stylesPart =
        optionalPart(package, *relationships, u"/styles", QStringLiteral("xl/styles.xml"));
    return info;
}

QString readRichText(QXmlStreamReader& xml) {
    QString text;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"t") {
            text += xml.readElementText();
        } else if (xml.name() == u"r") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"t")
                    text += xml.readElementText();
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement(); // rPh, phoneticPr
        }
    }
    return unescapeOoxml(text);
}

Result<QStringList> readSharedStrings(const XlsxPackage& package, const QString& part) {
    QStringList strings;
    const Status read = package.readXml(part, [&](QXmlStreamReader& xml) -> Status {
        if (!xml.readNextStartElement())
            return {};
        while (xml.readNextStartElement()) {
            if (xml.name() == u"si")
                strings.append(readRichText(xml));
            else
                xml.skipCurrentElement();
        }
        return {};
    });
    if (!read)
        return std::unexpected(read.error());
    return strings;
}

Result<std::vector<bool>> readDateStyles(const XlsxPackage& package, const QString& part) {
    QHash<int, QString> customFormats;
    std::vector<int> formatIds;
    const Status read = package.readXml(part, [&](QXmlStreamReader& xml) -> Status {
        if (!xml.readNextStartElement())
            return {};
        while (xml.readNextStartElement()) {
            if (xml.name() == u"numFmts") {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numFmt") {
                        const QXmlStreamAttributes attributes = xml.attributes();
                        customFormats.insert(attributes.value("numFmtId"_L1).toInt(),
                                             attributes.value("formatCode"_L1).toString());
                    }
                    xml.skipCurrentElement();
                }
            } else if (xml.name() == u"cellXfs") {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"xf")
                        formatIds.push_back(xml.attributes().value("numFmtId"_L1).toInt());
                    xml.skipCurrentElement();
                }
            } else {
                xml.skipCurrentElement();
            }
        }
        return {};
    });
    if (!read)
        return std::unexpected(read.error());

    std::vector<bool> dates;
    dates.reserve(formatIds.size());
    for (const int id : formatIds)
        dates.push_back(isDateFormat(id, customFormats.value(id)));
    return dates;
}

} // namespace thidua::interchange::detail

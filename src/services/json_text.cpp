#include "json_text.h"

#include "vietnamese_format.h"

namespace thidua::services {

void JsonText::key(const char* name) {
    if (text_.size() > 1)
        text_ += ',';
    text_ += '"';
    text_ += name;
    text_ += "\":";
}

JsonText& JsonText::add(const char* name, qint64 value) {
    key(name);
    text_ += QByteArray::number(value);
    return *this;
}

JsonText& JsonText::add(const char* name, const QString& value) {
    key(name);
    text_ += '"';
    // RFC 8259: the quote, the backslash and control characters are escaped;
    // everything else stands as itself in UTF-8.
    for (const char c : value.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            text_ += '\\';
            text_ += c;
        } else if (byte < 0x20) {
            static constexpr char hex[] = "0123456789abcdef";
            text_ += "\\u00";
            text_ += hex[byte >> 4];
            text_ += hex[byte & 0xF];
        } else {
            text_ += c;
        }
    }
    text_ += '"';
    return *this;
}

JsonText& JsonText::add(const char* name, QDate value) {
    if (!value.isValid()) {
        key(name);
        text_ += "null";
        return *this;
    }
    key(name);
    text_ += '"';
    text_ += domain::vn::isoDate(value);
    text_ += '"';
    return *this;
}

QByteArray JsonText::finish() {
    text_ += '}';
    return std::move(text_);
}

} // namespace thidua::services

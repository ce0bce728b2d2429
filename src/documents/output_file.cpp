#include "output_file.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace thidua::documents {

std::unexpected<Error> cannotWrite(const QString& filePath, const QString& reason) {
    return fail(ErrorCode::Io, QStringLiteral("Không ghi được tệp \"%1\": %2")
                                   .arg(QDir::toNativeSeparators(filePath), reason));
}

Status replaceWithBytes(const QString& filePath, const QByteArray& bytes) {
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        return cannotWrite(filePath, file.errorString());
    }
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return cannotWrite(filePath, file.errorString());
    }
    if (!file.commit()) {
        return cannotWrite(filePath, file.errorString());
    }
    return {};
}

Status replaceWith(const QString& filePath, const QString& builtPath) {
    QFile built(builtPath);
    if (!built.open(QIODevice::ReadOnly)) {
        return cannotWrite(filePath, built.errorString());
    }
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        return cannotWrite(filePath, file.errorString());
    }
    constexpr qint64 kChunk = 1 << 20;
    while (!built.atEnd()) {
        const QByteArray chunk = built.read(kChunk);
        if (chunk.isEmpty() && built.error() != QFileDevice::NoError) {
            file.cancelWriting();
            return cannotWrite(filePath, built.errorString());
        }
        if (file.write(chunk) != chunk.size()) {
            file.cancelWriting();
            return cannotWrite(filePath, file.errorString());
        }
    }
    if (!file.commit()) {
        return cannotWrite(filePath, file.errorString());
    }
    return {};
}

} // namespace thidua::documents

#include "font_resolver.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QMutex>
#include <QMutexLocker>
#include <QStringList>

// fonts.qrc is compiled into this static library; the linker keeps it only when
// something calls its initialiser. Q_INIT_RESOURCE must be used outside a namespace.
static void initFontResources() {
    Q_INIT_RESOURCE(fonts);
}

namespace thidua::documents {

namespace {

const QString kTimesNewRoman = QStringLiteral("Times New Roman");

Result<QString> requireGuiApplication() {
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr) {
        return fail(ErrorCode::Unsupported,
                    QStringLiteral("Chưa khởi tạo QGuiApplication nên không nạp được phông chữ "
                                   "cho văn bản."));
    }
    return QString();
}

Result<QString> registerBundledFaces() {
    initFontResources();
    const QStringList files = {
        QStringLiteral(":/fonts/LiberationSerif-Regular.ttf"),
        QStringLiteral(":/fonts/LiberationSerif-Bold.ttf"),
        QStringLiteral(":/fonts/LiberationSerif-Italic.ttf"),
        QStringLiteral(":/fonts/LiberationSerif-BoldItalic.ttf"),
    };
    QString family;
    for (const QString& file : files) {
        const int id = QFontDatabase::addApplicationFont(file);
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        if (id < 0 || families.isEmpty()) {
            return fail(ErrorCode::NotFound,
                        QStringLiteral("Không nạp được phông chữ đi kèm %1.").arg(file));
        }
        family = families.constFirst();
    }
    return family;
}

} // namespace

Result<QString> bundledFontFamily() {
    static QMutex mutex;
    static QString registeredFamily;
    QMutexLocker lock(&mutex);
    if (!registeredFamily.isEmpty()) {
        return registeredFamily;
    }
    if (auto app = requireGuiApplication(); !app) {
        return app;
    }
    auto family = registerBundledFaces();
    if (family) {
        registeredFamily = *family;
    }
    return family;
}

Result<QString> resolveDocumentFontFamily(FontChoice choice) {
    if (auto app = requireGuiApplication(); !app) {
        return app;
    }
    if (choice == FontChoice::PreferTimesNewRoman &&
        QFontDatabase::families().contains(kTimesNewRoman)) {
        return kTimesNewRoman;
    }
    return bundledFontFamily();
}

Result<QString> documentFontFamily(const QString& given, FontChoice choice) {
    if (given.isEmpty()) {
        return resolveDocumentFontFamily(choice);
    }
    if (auto app = requireGuiApplication(); !app) {
        return app;
    }
    return given;
}

QFont documentFont(const QString& family, const FontSpec& spec) {
    QFont font(family);
    font.setPointSizeF(spec.pointSize);
    font.setBold(spec.bold);
    font.setItalic(spec.italic);
    font.setKerning(false);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::PreferOutline);
    return font;
}

} // namespace thidua::documents

#pragma once

#include "qt_printers.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// Runs the real thidua executable, as a user or a script would, with a
// temporary home so that logs and settings never touch the developer's.
namespace thidua::test {

struct Outcome {
    int exitCode = -1;
    QString out;
    QString err;
};

class CliTest : public ::testing::Test {
protected:
    enum class Display { Offscreen, None };

    Outcome thidua(const QStringList& arguments, Display display = Display::Offscreen) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // Logs and settings go to the temporary home, never the developer's.
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           home.filePath(QStringLiteral("config")));
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        if (display == Display::Offscreen)
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        else
            environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(THIDUA_EXECUTABLE), arguments);
        EXPECT_TRUE(process.waitForFinished(120000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString file(const QString& name) const { return home.filePath(name); }

    // A text file written as UTF-8, as a clerk saves a CSV.
    QString writeText(const QString& name, const QString& text) const {
        QFile out(file(name));
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(text.toUtf8());
        return out.fileName();
    }

    // A file of the given size that is not a database.
    QString junkFile(const QString& name, qint64 size) const {
        QFile junk(file(name));
        EXPECT_TRUE(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(size, 'x'));
        return junk.fileName();
    }

    QTemporaryDir home;
};

} // namespace thidua::test

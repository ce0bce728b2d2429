#pragma once

#include "qt_printers.h"

#include <QCryptographicHash>
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

// The small demo in a database of its own, and commands run on it.
class DemoCliTest : public CliTest {
protected:
    void SetUp() override {
        db = file(QStringLiteral("thidua.sqlite"));
        ASSERT_EQ(thidua({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode, 0);
    }

    // `thidua COMMAND --db DEMO arguments…`.
    Outcome onDemo(const QString& command, const QStringList& arguments) {
        return thidua(QStringList{command, QStringLiteral("--db"), db} + arguments);
    }

    QString db;
};

// `thidua import` into the small demo.
class ImportIntoDemoTest : public DemoCliTest {
protected:
    Outcome import(const QString& kind, const QString& path, const QStringList& options = {}) {
        return thidua(
            QStringList{QStringLiteral("import"), kind, path, QStringLiteral("--db"), db} +
            options);
    }

    // The database and its write-ahead log, byte for byte.
    QByteArray fingerprint() const {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            QFile data(db + suffix);
            if (data.open(QIODevice::ReadOnly))
                hash.addData(data.readAll());
        }
        return hash.result();
    }
};

} // namespace thidua::test

#pragma once

#include <QCompleter>

class QStandardItemModel;

namespace thidua::ui {

// Completes what is typed with or without diacritics, anywhere in the text:
// "phong tu phap" and "Phòng Tư" both offer "Phòng Tư pháp". Each item may
// carry a value (an id) in Qt::UserRole + 1.
class VietnameseCompleter : public QCompleter {
    Q_OBJECT

public:
    static constexpr int SearchKeyRole = Qt::UserRole;
    static constexpr int ValueRole = Qt::UserRole + 1;

    explicit VietnameseCompleter(QObject* parent = nullptr);

    void clear();
    void addItem(const QString& text, const QVariant& value = {});

    QStringList splitPath(const QString& path) const override;

private:
    QStandardItemModel* items_;
};

} // namespace thidua::ui

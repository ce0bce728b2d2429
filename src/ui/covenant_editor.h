#pragma once

#include "cluster_year.h"
#include "covenant.h"

#include <QWidget>

#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace thidua::ui {

class UnitCatalogue;
class UnitCheckList;

// Giao ước thi đua of the chosen cluster-year: when and where it was signed,
// which members signed, and the targets one a line in their printed order.
// It edits a copy; the page saves it, deletes it or prints it to PDF.
class CovenantEditor : public QWidget {
    Q_OBJECT

public:
    explicit CovenantEditor(QWidget* parent = nullptr);

    // A cluster without a covenant gets a new one to fill in: signed today
    // (kept inside the year) by every member.
    void setCluster(const domain::ClusterYear& cluster,
                    const std::optional<domain::Covenant>& stored, const UnitCatalogue& units,
                    QDate today);
    void clear();
    // What the form says, as the covenant of the cluster.
    domain::Covenant covenant() const;

Q_SIGNALS:
    void saveRequested();
    void removeRequested();
    void exportRequested();
    void printRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showState();

    std::optional<domain::Covenant> stored_;
    domain::RowId clusterId_ = domain::NoId;

    QLabel* state_;
    QLabel* dateLabel_;
    QLabel* placeLabel_;
    QLabel* signatoriesLabel_;
    QLabel* targetsLabel_;
    QDateEdit* date_;
    QLineEdit* place_;
    UnitCheckList* signatories_;
    QPlainTextEdit* targets_;
    QPushButton* save_;
    QPushButton* remove_;
    QPushButton* export_;
    QPushButton* print_;
};

} // namespace thidua::ui

#pragma once

#include "cluster_year.h"

#include <QGroupBox>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace thidua::ui {

class UnitCatalogue;
class UnitPicker;

// Head and deputy head of the cluster-year, chosen among its members, with
// the decision that appointed them (number, date, issuer) when there is one.
class LeadershipEditor : public QGroupBox {
    Q_OBJECT

public:
    explicit LeadershipEditor(QWidget* parent = nullptr);

    // today: the date a new decision starts from, kept inside the year.
    void setCluster(const domain::ClusterYear& cluster, const UnitCatalogue& units, QDate today);
    void clear();

Q_SIGNALS:
    void applyRequested(domain::RowId headId, domain::RowId deputyId,
                        std::optional<domain::AppointingDecision> decision);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void requestApply();

    QLabel* headLabel_;
    QLabel* deputyLabel_;
    QLabel* numberLabel_;
    QLabel* dateLabel_;
    QLabel* issuerLabel_;
    QComboBox* head_;
    QComboBox* deputy_;
    QGroupBox* decision_;
    QLineEdit* number_;
    QDateEdit* date_;
    UnitPicker* issuer_;
    QPushButton* apply_;
};

} // namespace thidua::ui

#pragma once

class QDialog;
class QDialogButtonBox;
class QLabel;
class QString;
class QWidget;

// Pieces every editing dialog of the cluster and movement pages shares.
namespace thidua::ui {

// OK and Cancel with our own labels (Qt ships no Vietnamese for its
// buttons), wired to the dialog's accept() and reject().
QDialogButtonBox* dialogButtons(QDialog* dialog, const QString& acceptText);

// Where a dialog shows why its input was refused, in the error colour;
// hidden while empty.
QLabel* refusalLabel(QWidget* parent);
void showRefusal(QLabel* label, const QString& message);

} // namespace thidua::ui

#include "page_header.h"

#include <QLabel>
#include <QVBoxLayout>

namespace thidua::ui {

PageHeader::PageHeader(QWidget* parent)
    : QWidget(parent)
    , title_(new QLabel(this))
    , description_(new QLabel(this))
    , error_(new QLabel(this)) {
    title_->setObjectName(QStringLiteral("pageTitleLabel"));
    description_->setObjectName(QStringLiteral("pageDescriptionLabel"));
    error_->setObjectName(QStringLiteral("pageErrorLabel"));

    QFont titleFont = title_->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setWeight(QFont::DemiBold);
    title_->setFont(titleFont);
    description_->setWordWrap(true);
    QPalette muted = description_->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    description_->setPalette(muted);
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #b3261e;"));
    // Both appear once they have something to say.
    description_->hide();
    error_->hide();

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(4);
    layout->addWidget(title_);
    layout->addWidget(description_);
    layout->addWidget(error_);
}

void PageHeader::setTitle(const QString& title) {
    title_->setText(title);
}

void PageHeader::setDescription(const QString& description) {
    description_->setText(description);
    description_->setVisible(!description.isEmpty());
}

void PageHeader::setError(const QString& message) {
    error_->setText(message);
    error_->setVisible(!message.isEmpty());
}

QString PageHeader::title() const {
    return title_->text();
}

QString PageHeader::error() const {
    return error_->text();
}

} // namespace thidua::ui

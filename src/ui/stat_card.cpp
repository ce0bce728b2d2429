#include "stat_card.h"

#include <QLabel>
#include <QVBoxLayout>

namespace thidua::ui {

StatCard::StatCard(QWidget* parent)
    : QFrame(parent)
    , value_(new QLabel(this))
    , caption_(new QLabel(this)) {
    value_->setObjectName(QStringLiteral("valueLabel"));
    caption_->setObjectName(QStringLiteral("captionLabel"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    // Preferred vertically: cards in a row take the height of the tallest.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    QFont valueFont = value_->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.0);
    valueFont.setWeight(QFont::DemiBold);
    value_->setFont(valueFont);
    value_->setText(QStringLiteral("–"));
    caption_->setWordWrap(true);
    QPalette muted = caption_->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    caption_->setPalette(muted);

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(2);
    layout->addWidget(value_);
    layout->addWidget(caption_);
}

QString StatCard::caption() const {
    return caption_->text();
}

void StatCard::setCaption(const QString& caption) {
    caption_->setText(caption);
}

QString StatCard::value() const {
    return value_->text();
}

void StatCard::setValue(const QString& value) {
    value_->setText(value);
}

} // namespace thidua::ui

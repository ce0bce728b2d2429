#include "placeholder_page.h"

#include "icons.h"
#include "page_header.h"

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace thidua::ui {

namespace {

constexpr int DescriptionWidth = 560;

} // namespace

PlaceholderPage::PlaceholderPage(const WorkArea& area, QWidget* parent)
    : QWidget(parent)
    , area_(area)
    , header_(new PageHeader(this))
    , notice_(new QLabel(this))
    , description_(new QLabel(this)) {
    header_->setObjectName(QStringLiteral("pageHeader"));
    notice_->setObjectName(QStringLiteral("noticeLabel"));
    description_->setObjectName(QStringLiteral("descriptionLabel"));

    auto iconLabel = new QLabel(this);
    iconLabel->setPixmap(icon(area.icon).pixmap(64, 64));
    iconLabel->setAlignment(Qt::AlignCenter);
    QFont noticeFont = notice_->font();
    noticeFont.setPointSizeF(noticeFont.pointSizeF() * 1.3);
    noticeFont.setWeight(QFont::DemiBold);
    notice_->setFont(noticeFont);
    notice_->setAlignment(Qt::AlignCenter);
    description_->setAlignment(Qt::AlignCenter);
    description_->setWordWrap(true);
    // A fixed measure keeps the sentence readable; retranslate() sets the
    // height it needs, since a centred layout item does not ask for it.
    description_->setFixedWidth(DescriptionWidth);

    auto panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("noticeFrame"));
    panel->setFrameShape(QFrame::StyledPanel);
    panel->setAutoFillBackground(true);
    panel->setBackgroundRole(QPalette::Base);
    auto panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(32, 40, 32, 40);
    panelLayout->setSpacing(12);
    panelLayout->addWidget(iconLabel);
    panelLayout->addWidget(notice_);
    panelLayout->addWidget(description_, 0, Qt::AlignHCenter);

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);
    layout->addWidget(header_);
    layout->addWidget(panel);
    layout->addStretch(1);
    retranslate();
}

void PlaceholderPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlaceholderPage::retranslate() {
    header_->setTitle(areaTitle(area_));
    notice_->setText(tr("This area is under construction"));
    description_->setText(areaDescription(area_));
    description_->setMinimumHeight(description_->heightForWidth(DescriptionWidth));
}

} // namespace thidua::ui

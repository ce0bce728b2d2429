#include "settings_page.h"

#include "settings.h"
#include "ui_settings_page.h"
#include "work_areas.h"

#include <QEvent>

namespace thidua::ui {

SettingsPage::SettingsPage(Settings& settings, QWidget* parent)
    : QWidget(parent)
    , ui_(std::make_unique<Ui::SettingsPage>())
    , settings_(settings) {
    ui_->setupUi(this);
    // Each language is named in itself, so it can be found whatever is shown now.
    ui_->languageComboBox->addItem(QStringLiteral("Tiếng Việt"),
                                   languageCode(Language::Vietnamese));
    ui_->languageComboBox->addItem(QStringLiteral("English"), languageCode(Language::English));
    ui_->languageComboBox->setCurrentIndex(
        ui_->languageComboBox->findData(languageCode(settings_.language())));
    connect(ui_->languageComboBox, &QComboBox::currentIndexChanged, this, [this] {
        const Language language = languageFromCode(ui_->languageComboBox->currentData().toString());
        settings_.setLanguage(language);
        applyLanguage(language);
    });
    retranslate();
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        ui_->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate() {
    const WorkArea& area = workArea(Area::Settings);
    ui_->pageHeader->setTitle(areaTitle(area));
    ui_->pageHeader->setDescription(areaDescription(area));
}

} // namespace thidua::ui

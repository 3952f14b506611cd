#include "PreferencesDialog.h"

#include "library/PlaybackSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QSpinBox *leadBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, int(PlaybackSettings::MaxLeadMs));
    box->setSingleStep(250);
    box->setSuffix(QObject::tr(" ms"));
    box->setAccelerated(true);
    return box;
}

} // namespace

PreferencesDialog::PreferencesDialog(PlaybackSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_leadIn(leadBox(this))
    , m_leadOut(leadBox(this))
    , m_speed(new QComboBox(this))
    , m_preload(new QCheckBox(tr("Decode the open episode's clips in the background"), this))
    , m_remoteArtwork(new QCheckBox(tr("Load artwork from the internet"), this))
{
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Lead-in before a clip:"), m_leadIn);
    form->addRow(tr("Lead-out after a clip:"), m_leadOut);
    auto *hint = new QLabel(tr("Context around every clip you play. 0 plays exactly the cited "
                               "seconds."),
                            this);
    hint->setWordWrap(true);
    QPalette muted = hint->palette();
    muted.setColor(QPalette::WindowText, QColor(0x6b, 0x72, 0x80));
    hint->setPalette(muted);
    form->addRow(QString(), hint);
    for (double speed = PlaybackSettings::MinSpeed; speed <= PlaybackSettings::MaxSpeed + 1e-9;
         speed += PlaybackSettings::SpeedStep)
        m_speed->addItem(QStringLiteral("%1\u00d7").arg(speed, 0, 'g', 3), speed);
    form->addRow(tr("Speed (pitch kept):"), m_speed);
    form->addRow(QString(), m_preload);
    m_remoteArtwork->setToolTip(tr("Shows' artwork is fetched from their publishers once and kept "
                                   "beside the library. Off: only artwork already on this "
                                   "computer is shown."));
    form->addRow(QString(), m_remoteArtwork);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    showSettings();
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_leadIn, &QSpinBox::valueChanged, &m_settings, &PlaybackSettings::setLeadInMs);
    connect(m_leadOut, &QSpinBox::valueChanged, &m_settings, &PlaybackSettings::setLeadOutMs);
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_settings.setSpeed(m_speed->itemData(index).toDouble()); });
    connect(m_preload, &QCheckBox::toggled, &m_settings, &PlaybackSettings::setPreloadClips);
    connect(m_remoteArtwork, &QCheckBox::toggled, &m_settings,
            &PlaybackSettings::setLoadRemoteArtwork);
    connect(&m_settings, &PlaybackSettings::speedChanged, this, &PreferencesDialog::showSettings);
    connect(&m_settings, &PlaybackSettings::leadChanged, this, &PreferencesDialog::showSettings);
}

void PreferencesDialog::showSettings()
{
    const QSignalBlocker blockIn(m_leadIn);
    const QSignalBlocker blockOut(m_leadOut);
    const QSignalBlocker blockSpeed(m_speed);
    const QSignalBlocker blockPreload(m_preload);
    m_leadIn->setValue(int(m_settings.leadInMs()));
    m_leadOut->setValue(int(m_settings.leadOutMs()));
    m_speed->setCurrentIndex(m_speed->findData(m_settings.speed()));
    m_preload->setChecked(m_settings.preloadClips());
    const QSignalBlocker blockArtwork(m_remoteArtwork);
    m_remoteArtwork->setChecked(m_settings.loadRemoteArtwork());
}

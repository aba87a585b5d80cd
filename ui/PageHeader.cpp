#include "PageHeader.h"

#include "WrappingLabel.h"

#include <QEvent>
#include <QLabel>
#include <QPixmap>
#include <QPixmapCache>
#include <QVBoxLayout>

namespace latchkey {

PageHeader::PageHeader(const QString &logoPath, const QString &organisationName, const QString &server,
                       QWidget *parent)
    : QWidget(parent)
    , m_logoLabel(new QLabel(this))
    , m_identityLabel(new WrappingLabel(this))
    , m_titleLabel(new WrappingLabel(this))
    , m_descriptionLabel(new WrappingLabel(this))
    , m_logoPath(logoPath)
{
    setObjectName(QStringLiteral("pageHeader"));
    m_logoLabel->setObjectName(QStringLiteral("logoLabel"));
    m_logoLabel->setAlignment(Qt::AlignCenter);
    m_logoLabel->setAccessibleName(organisationName.isEmpty() ? tr("Logo")
                                                              : tr("%1 logo").arg(organisationName));
    m_logoLabel->hide();

    // Whose sign-in this is: a phishing look-alike cannot borrow the server's name as easily as a logo.
    QStringList identity;
    if (!organisationName.isEmpty()) {
        identity << organisationName;
    }
    if (!server.isEmpty()) {
        const bool local = server == QLatin1String("localhost") || server == QLatin1String("::1") ||
                           server.startsWith(QLatin1String("127."));
        identity << (local ? tr("a server on this computer") : server);
    }
    m_identityLabel->setObjectName(QStringLiteral("identityLabel"));
    m_identityLabel->setTextFormat(Qt::PlainText);
    m_identityLabel->setAlignment(Qt::AlignCenter);
    m_identityLabel->setText(identity.join(QStringLiteral(" · ")));
    m_identityLabel->setAccessibleName(server.isEmpty() ? tr("Organisation") : tr("Organisation and server"));
    m_identityLabel->setVisible(!identity.isEmpty());

    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setAlignment(Qt::AlignCenter);
    m_titleLabel->setAccessibleName(tr("Page title"));

    m_descriptionLabel->setObjectName(QStringLiteral("descriptionLabel"));
    m_descriptionLabel->setTextFormat(Qt::PlainText);
    m_descriptionLabel->setAlignment(Qt::AlignCenter);
    m_descriptionLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_logoLabel);
    layout->addWidget(m_identityLabel);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_descriptionLabel);
    updateFonts();
}

void PageHeader::setTitle(const QString &title)
{
    m_titleLabel->setText(title);
}

QString PageHeader::title() const
{
    return m_titleLabel->text();
}

void PageHeader::setDescription(const QString &description)
{
    m_descriptionLabel->setText(description);
    m_descriptionLabel->setVisible(!description.isEmpty());
}

QString PageHeader::description() const
{
    return m_descriptionLabel->text();
}

void PageHeader::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateFonts();
    }
}

void PageHeader::updateFonts()
{
    QFont titleFont = font();
    titleFont.setPointSizeF(font().pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    // The logo is as tall as three lines of text, whatever the scaling, and drawn sharp on high-DPI screens.
    if (!m_logoPath.isEmpty()) {
        // Every page has a header: the file is decoded once, not once per page.
        QPixmap logo;
        if (!QPixmapCache::find(m_logoPath, &logo) && logo.load(m_logoPath)) {
            QPixmapCache::insert(m_logoPath, logo);
        }
        if (!logo.isNull()) {
            const int side = fontMetrics().height() * 3;
            const qreal ratio = devicePixelRatioF();
            QPixmap scaled =
                logo.scaled(QSize(side, side) * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            scaled.setDevicePixelRatio(ratio);
            m_logoLabel->setPixmap(scaled);
            m_logoLabel->show();
        }
    }
}

} // namespace latchkey

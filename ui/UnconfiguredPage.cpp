#include "UnconfiguredPage.h"

#include "PageColumn.h"
#include "PageHeader.h"
#include "ReadablePalette.h"
#include "WrappingLabel.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace latchkey {

UnconfiguredPage::UnconfiguredPage(const QString &reason, const QString &helpDeskText, bool sandboxAllowed,
                                   const QString &logoPath, const QString &organisationName, QWidget *parent)
    : QWizardPage(parent)
    , m_reasonLabel(new WrappingLabel(reason, this))
    , m_helpDeskLabel(new WrappingLabel(helpDeskText, this))
    , m_problemLabel(new WrappingLabel(this))
    , m_sandboxButton(new QPushButton(tr("&Try the sandbox"), this))
    , m_header(new PageHeader(logoPath, organisationName, QString(), this))
{
    setObjectName(QStringLiteral("unconfiguredPage"));
    m_header->setTitle(tr("Latchkey is not set up yet"));
    m_header->setDescription(tr("This computer does not know where to sign you in."));

    m_reasonLabel->setObjectName(QStringLiteral("reasonLabel"));
    m_reasonLabel->setTextFormat(Qt::PlainText);
    m_reasonLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_helpDeskLabel->setObjectName(QStringLiteral("helpDeskLabel"));
    m_helpDeskLabel->setTextFormat(Qt::PlainText);
    m_helpDeskLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_helpDeskLabel->setFrameShape(QFrame::StyledPanel);
    m_helpDeskLabel->setMargin(6);
    m_helpDeskLabel->setAccessibleName(tr("Help desk"));
    m_helpDeskLabel->setVisible(!helpDeskText.isEmpty());

    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->hide();

    m_sandboxButton->setObjectName(QStringLiteral("trySandboxButton"));
    m_sandboxButton->setAccessibleDescription(
        tr("Signs in against a built-in practice server with a demo account; nothing is sent to a phone"));
    m_sandboxButton->setVisible(sandboxAllowed);
    connect(m_sandboxButton, &QPushButton::clicked, this, &UnconfiguredPage::sandboxRequested);
    // Room around its words: the one thing to do on this page should not look squeezed.
    m_sandboxButton->setMinimumSize(m_sandboxButton->sizeHint() +
                                    QSize(fontMetrics().averageCharWidth() * 4, fontMetrics().height() / 2));

    auto *sandboxLabel =
        new WrappingLabel(tr("You can still see how signing in works, with a demo account:"), this);
    sandboxLabel->setVisible(sandboxAllowed);

    QVBoxLayout *layout = (new PageColumn(this))->columnLayout();
    layout->addWidget(m_header);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_helpDeskLabel);
    layout->addSpacing(12);
    layout->addWidget(sandboxLabel);
    layout->addWidget(m_sandboxButton, 0, Qt::AlignHCenter);
    layout->addWidget(m_problemLabel);
    layout->addStretch(1);
}

QWizard *UnconfiguredPage::createWindow()
{
    auto *window = new QWizard;
    window->setObjectName(QStringLiteral("unconfiguredWindow"));
    window->setWindowTitle(tr("Latchkey — Sign in"));
    window->setWizardStyle(QWizard::ClassicStyle);
    window->setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoBackButtonOnLastPage);
    window->setButtonLayout({QWizard::Stretch, QWizard::CancelButton});
    window->setButtonText(QWizard::CancelButton, tr("Close"));
    window->addPage(this);
    new ReadablePalette(window);
    PageColumn::keepFitting(window);
    return window;
}

void UnconfiguredPage::setProblem(const QString &problem)
{
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
}

} // namespace latchkey

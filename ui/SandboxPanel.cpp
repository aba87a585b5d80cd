#include "SandboxPanel.h"

#include "FirstFrameWatcher.h"
#include "PhoneNumber.h"
#include "SandboxOutbox.h"
#include "WrappingLabel.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace latchkey {

namespace {

/**
 * Where the list goes, drawn as an empty list is (a sunken frame around the base colour) and asking for the
 * space one asks for. A list is a scroll area with its viewport and scroll bars: about half a millisecond
 * to make, polish and draw, which the window's first frame need not wait for while nothing has been sent.
 */
class EmptyListPlace : public QFrame
{
public:
    explicit EmptyListPlace(QWidget *parent)
        : QFrame(parent)
    {
        setObjectName(QStringLiteral("outboxListPlace"));
        setFrameStyle(QFrame::StyledPanel | QFrame::Sunken); // QAbstractScrollArea's
        setBackgroundRole(QPalette::Base);
        setAutoFillBackground(true);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }

    QSize sizeHint() const override { return {256, 192}; } // QAbstractScrollArea's, which lists keep
};

} // namespace

SandboxPanel::SandboxPanel(SandboxOutbox *outbox, QWidget *parent)
    : QFrame(parent)
    , m_outbox(outbox)
    , m_listPlace(new EmptyListPlace(this))
    , m_text(new WrappingLabel(this))
{
    setObjectName(QStringLiteral("sandboxPanel"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Sandbox phone"));

    auto *title = new QLabel(tr("Sandbox phone"), this);
    title->setObjectName(QStringLiteral("sandboxTitleLabel"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *explanation =
        new WrappingLabel(tr("Latchkey is running against its built-in sandbox, so no message leaves "
                             "this computer. The codes it would have sent appear here."),
                          this);
    explanation->setObjectName(QStringLiteral("sandboxExplanationLabel"));
    explanation->setTextFormat(Qt::PlainText);

    m_text->setObjectName(QStringLiteral("messageTextLabel"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setAccessibleName(tr("Message text"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(explanation);
    layout->addWidget(m_listPlace, 1);
    layout->addWidget(m_text);
    updateMinimumWidth();

    if (m_outbox) {
        const QList<SandboxMessage> existing = m_outbox->messages();
        for (const SandboxMessage &message : existing) {
            addMessage(message);
        }
        connect(m_outbox, &SandboxOutbox::delivered, this, &SandboxPanel::addMessage);
    }
}

void SandboxPanel::makeList()
{
    if (m_list) {
        return;
    }
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("outboxListWidget"));
    m_list->setAccessibleName(tr("Codes sent by the sandbox"));
    m_list->setAccessibleDescription(tr("Newest first"));
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_list, &QListWidget::currentItemChanged, this, &SandboxPanel::showSelectedText);
    delete layout()->replaceWidget(m_listPlace, m_list);
    delete m_listPlace;
    m_listPlace = nullptr;
    if (isVisible()) {
        m_list->show(); // in this turn, not queued by the layout: no frame without either
    }
}

void SandboxPanel::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    if (!m_list && !m_waitingForFirstFrame) {
        m_waitingForFirstFrame = true;
        connect(new FirstFrameWatcher(window()), &FirstFrameWatcher::firstFrameDrawn, this,
                &SandboxPanel::makeList);
    }
}

void SandboxPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateMinimumWidth();
    }
}

void SandboxPanel::updateMinimumWidth()
{
    // In characters, so that the title still fits when the desktop's text is scaled up.
    setMinimumWidth(qMax(240, fontMetrics().averageCharWidth() * 30));
}

QString SandboxPanel::describe(const SandboxMessage &message)
{
    QString to = message.to;
    if (to.startsWith(QLatin1Char('+'))) {
        const PhoneNumber number = PhoneNumber::parse(to, QStringLiteral("ZZ"));
        if (number.isPossible()) {
            to = number.international().replace(QLatin1Char('-'), QLatin1Char(' ')); // "+1 202 555 0142"
        }
    }
    switch (message.channel) {
    case Channel::Sms:
        return tr("SMS to %1: %2").arg(to, message.code);
    case Channel::Call:
        return tr("Call to %1: %2").arg(to, message.code);
    case Channel::WhatsApp:
        return tr("WhatsApp to %1: %2").arg(to, message.code);
    case Channel::Email:
        return tr("Email to %1: %2").arg(to, message.code);
    }
    return QString();
}

void SandboxPanel::addMessage(const SandboxMessage &message)
{
    makeList();
    auto *item = new QListWidgetItem(describe(message));
    item->setData(Qt::UserRole, message.text);
    item->setData(Qt::AccessibleDescriptionRole, message.text);
    if (message.at.isValid()) {
        item->setToolTip(tr("Delivered at %1")
                             .arg(QLocale().toString(message.at.toLocalTime().time(), QLocale::ShortFormat)));
    }
    m_list->insertItem(0, item);
    m_list->setCurrentRow(0);
    showSelectedText();
}

void SandboxPanel::showSelectedText()
{
    const QListWidgetItem *item = m_list ? m_list->currentItem() : nullptr;
    const QString text = item ? item->data(Qt::UserRole).toString() : QString();
    m_text->setText(text.isEmpty() ? QString() : tr("Message: %1").arg(text));
    // Selectable once there is a message: a selectable label is laid out as a text document, which the
    // empty one made the window pay for before its first frame.
    m_text->setTextInteractionFlags(text.isEmpty() ? Qt::NoTextInteraction : Qt::TextSelectableByMouse);
}

} // namespace latchkey

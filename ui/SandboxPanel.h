#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QListWidget;

namespace latchkey {

class Outbox;
struct OutboxMessage;

/**
 * The "sandbox phone": lists every code the built-in sandbox delivers, newest first, and the selected
 * message's text as it would have arrived. It exists because in sandbox mode no SMS or call leaves the
 * computer; it is the one widget that shows codes on purpose.
 */
class SandboxPanel : public QFrame
{
    Q_OBJECT
public:
    explicit SandboxPanel(Outbox *outbox, QWidget *parent = nullptr);

    /** "SMS to +1 202 555 0142: 042117". */
    static QString describe(const OutboxMessage &message);

private:
    void addMessage(const OutboxMessage &message);
    void showSelectedText();

    QPointer<Outbox> m_outbox;
    QListWidget *m_list;
    QLabel *m_text; // the selected message as its recipient reads it, in the requested language
};

} // namespace latchkey

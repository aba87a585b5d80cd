#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QListWidget;

namespace latchkey {

class SandboxOutbox;
struct SandboxMessage;

/**
 * The "sandbox phone": lists every code the sandbox delivers, newest first, and the selected message's
 * text as it would have arrived. It exists because in sandbox mode no SMS or call leaves the computer; it
 * is the one widget that shows codes on purpose. The messages come from the sandbox's outbox over HTTP.
 */
class SandboxPanel : public QFrame
{
    Q_OBJECT
public:
    explicit SandboxPanel(SandboxOutbox *outbox, QWidget *parent = nullptr);

    /** "SMS to +1 202 555 0142: 042117". */
    static QString describe(const SandboxMessage &message);

protected:
    void changeEvent(QEvent *event) override;
    /** The list is made once the window's first frame is drawn, or with the first message. */
    void showEvent(QShowEvent *event) override;

private:
    void makeList();
    void updateMinimumWidth();
    void addMessage(const SandboxMessage &message);
    void showSelectedText();

    QPointer<SandboxOutbox> m_outbox;
    QWidget *m_listPlace; // an empty list's look, until the list is made
    QListWidget *m_list = nullptr;
    bool m_waitingForFirstFrame = false;
    QLabel *m_text; // the selected message as its recipient reads it, in the requested language
};

} // namespace latchkey

#pragma once

#include "SignInFlow.h"

#include <QWizardPage>
#include <optional>

class QLabel;
class QHBoxLayout;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace latchkey {

class PageColumn;
class PageHeader;

/**
 * What every wizard page shares: it renders one step of the SignInFlow and forwards input to it. The page
 * never navigates; the wizard follows the flow's step. While the flow is busy the page's inputs are
 * read-only and Next is disabled; the flow's error shows in the page's one inline errorLabel, its notice in
 * noticeLabel.
 */
class FlowPage : public QWizardPage
{
    Q_OBJECT
public:
    FlowPage(SignInFlow *flow, SignInFlow::Step step, QWidget *parent = nullptr);

    SignInFlow *flow() const { return m_flow; }
    SignInFlow::Step step() const { return m_step; }
    /** True while the flow is on this page's step. */
    bool isFlowHere() const { return m_flow->step() == m_step; }

    void initializePage() override;
    /** Keeps what was typed: a page that is left and re-entered shows the same input. */
    void cleanupPage() override {}
    bool isComplete() const override;
    /** True only once the flow has moved on; otherwise submits the page's input and waits. */
    bool validatePage() override;
    /** The page that follows this one once made (-1: none), whether the wizard has made it yet or not. */
    int nextId() const override;
    void setFollowingPageId(int id) { m_followingPageId = id; }

    /** The page's title and the line under it, in the page's own header (QWizard's header is not used). */
    void setPageTitle(const QString &title);
    QString pageTitle() const;
    void setPageDescription(const QString &description);
    QString pageDescription() const;

    /** Formats seconds as the countdowns show them: "0:42", "1:05:00". */
    static QString formatCountdown(int seconds);
    /** `text` with its spaces made non-breaking: a masked number ("+1 ••• ••• ••42") is never split by a
     * wrap. */
    static QString keepTogether(QString text);
    /** How a channel is named in choices: "Text message (SMS)", "Phone call", ... */
    static QString channelLabel(Channel channel);

protected:
    /** The page's input is complete enough to submit (Next enabled when not busy). */
    virtual bool inputComplete() const { return true; }
    /** Forwards the input to the flow; true only when the wizard may move on by itself (Done). */
    virtual bool submit() { return false; }
    /** Pulls everything the page shows from the flow. */
    virtual void refresh() {}
    /** Makes inputs read-only (or disabled where there is no read-only) while a request runs. */
    virtual void setInputsReadOnly(bool readOnly) { Q_UNUSED(readOnly) }
    /** The text of the error area; the base adds the live lockout countdown. */
    virtual QString errorText() const;
    /** Called once when the flow reports an error while on this step (after the label is updated). */
    virtual void onError(const AuthError &error) { Q_UNUSED(error) }
    /** The widget that gets focus when the page opens and after an error. */
    virtual QWidget *primaryInput() const { return nullptr; }
    /** "Next" text for this page; and the text while busy ("Signing in…"). */
    virtual QString nextText() const;
    virtual QString busyText() const;

    /** Layout for the page's own content, above the error, busy and notice labels. */
    QVBoxLayout *contentLayout() const { return m_contentLayout; }
    /** To be called when the user edits input: clears a shown error, re-evaluates Next. */
    void inputEdited();
    /** Tells the wizard when isComplete() has changed on the page it shows: re-evaluates Next. */
    void updateComplete();
    /** Shows nextText() or busyText() on the primary button; for a page whose nextText() changes. */
    void updateButtonText();
    void changeEvent(QEvent *event) override;
    void updateErrorLabel();
    void focusPrimaryInput();
    QLabel *errorLabel() const { return m_errorLabel; }
    /** A row right under the error label for actions that answer the error ("Try again"). */
    QHBoxLayout *errorActionsLayout() const { return m_errorActionsLayout; }

private:
    void onBusyChanged(bool busy);
    void onStillWaiting();
    void updateErrorColor();
    void updateNoticeLabel();

    SignInFlow *m_flow;
    SignInFlow::Step m_step;
    QVBoxLayout *m_contentLayout;
    QLabel *m_errorLabel;
    QLabel *m_helpDeskLabel;
    QHBoxLayout *m_errorActionsLayout;
    QLabel *m_busyLabel;
    QProgressBar *m_busyIndicator;
    QPushButton *m_stopWaitingButton;
    QLabel *m_noticeLabel;
    PageColumn *m_column;
    PageHeader *m_header;
    int m_lastAnnouncedLockoutBucket = -1;
    std::optional<int> m_followingPageId; // unset: QWizardPage's own answer, from the pages already made
    bool m_typedWhilePreparing = false;
    std::optional<bool>
        m_toldComplete; // what the wizard was last told isComplete() is, while it shows the page
};

} // namespace latchkey

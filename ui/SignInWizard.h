#pragma once

#include "SignInFlow.h"

#include <QWizard>

class QTimer;

namespace latchkey {

class CodePage;
class DonePage;
class EnrolmentPage;
class PasswordPage;
class PhonePage;

/**
 * The sign-in window: a QWizard whose pages render a SignInFlow. It follows the flow's step (pages never
 * navigate), routes Next to the current page's submit, and maps Cancel to the flow: while a request runs,
 * Cancel stops it and keeps everything typed; otherwise Cancel (or closing the window) cancels the sign-in.
 */
class SignInWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { PasswordPageId, EnrolmentPageId, PhonePageId, CodePageId, DonePageId };
    Q_ENUM(PageId)

    explicit SignInWizard(SignInFlow *flow, QWidget *parent = nullptr);
    ~SignInWizard() override;

    SignInFlow *flow() const { return m_flow; }
    /** Places a panel (the sandbox phone) beside the pages; the wizard takes ownership. */
    void setSidePanel(QWidget *panel);
    QWidget *sidePanel() const { return sideWidget(); }

    /** The pages, made now if the wizard has not made them yet (see makeLaterPages). */
    PasswordPage *passwordPage();
    PhonePage *phonePage();
    CodePage *codePage();

    static int pageIdFor(SignInFlow::Step step);

    /** For a program waiting on the sign-in: close as soon as it is approved, without the Done page. */
    void setClosesOnApproval(bool closes) { m_closesOnApproval = closes; }
    bool closesOnApproval() const { return m_closesOnApproval; }

    /**
     * UI/CloseWhenDone: after a sign-in the Done page closes the window by itself after `delayMsecs`, unless
     * the user is about to sign out or change the number (one of those buttons has the focus or the mouse).
     */
    void setClosesWhenDone(bool closes, int delayMsecs = closeWhenDoneMsecs);
    static constexpr int closeWhenDoneMsecs = 3000;

    /** --exit-after-first-frame: the window only draws its first frame; nothing is started after it. */
    void setMeasuringStartUp(bool measuring) { m_measuringStartUp = measuring; }

signals:
    /** The window's first frame is on the screen; the country list is being built from here on. */
    void firstFrameDrawn();

public slots:
    void reject() override;
    /** Shows the window over others (a second launch asked for it): restored if minimised, raised, active. */
    void bringToFront();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    /** Makes the page `id` if it is not made yet, and adds it to the wizard. */
    QWizardPage *ensurePage(int id);
    /** The pages the flow can reach, in order: the enrolment page only where the flow enrols. */
    QList<int> plannedPageIds() const;
    /**
     * After the first frame, the pages not made yet, one per turn of the event loop: the window owes its
     * start only to the page it opens on.
     */
    void makeLaterPages();
    /** What a page does once the window is on the screen, whether it was made before or after. */
    void startAfterFirstFrame(int id);
    void followStep(SignInFlow::Step step);
    void onFinished(SignInFlow::Outcome outcome);
    void closeWhenDone();

    SignInFlow *m_flow;
    // Each null until made: the one the window opens on at once, the others after its first frame or when
    // first needed. The enrolment page is never made where the flow never enrols (not direct mode).
    PasswordPage *m_passwordPage = nullptr;
    EnrolmentPage *m_enrolmentPage = nullptr;
    PhonePage *m_phonePage = nullptr;
    CodePage *m_codePage = nullptr;
    DonePage *m_donePage = nullptr;
    bool m_closing = false;
    bool m_closesOnApproval = false;
    bool m_measuringStartUp = false;
    bool m_firstFrameDrawn = false; // and the later pages are being made
    bool m_closesWhenDone = false;
    QTimer *m_closeWhenDoneTimer;
};

} // namespace latchkey

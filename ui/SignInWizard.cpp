#include "SignInWizard.h"

#include "CodePage.h"
#include "DonePage.h"
#include "EnrolmentPage.h"
#include "FirstFrameWatcher.h"
#include "IdleCall.h"
#include "PageColumn.h"
#include "PasswordPage.h"
#include "PhonePage.h"
#include "ReadablePalette.h"
#include "UiLogging.h"

#include <QCloseEvent>
#include <QTimer>

#include <algorithm>

namespace latchkey {

SignInWizard::SignInWizard(SignInFlow *flow, QWidget *parent)
    : QWizard(parent)
    , m_flow(flow)
    , m_closeWhenDoneTimer(new QTimer(this))
{
    m_closeWhenDoneTimer->setSingleShot(true);
    m_closeWhenDoneTimer->setInterval(closeWhenDoneMsecs);
    connect(m_closeWhenDoneTimer, &QTimer::timeout, this, &SignInWizard::closeWhenDone);
    setObjectName(QStringLiteral("signInWizard"));
    setWindowTitle(tr("Latchkey — Sign in"));
    // Each page draws its own header (logo, organisation, server, title) in a centred column.
    setWizardStyle(QWizard::ClassicStyle);
    new ReadablePalette(this); // countdowns and placeholders are texts to read, whatever the theme
    // The flow decides what comes next, so there is no Back button: going back is an explicit action on the
    // page where the flow allows it ("Use a different number").
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoBackButtonOnLastPage |
               QWizard::NoCancelButtonOnLastPage);
    setButtonLayout({QWizard::Stretch, QWizard::CommitButton, QWizard::NextButton, QWizard::FinishButton,
                     QWizard::CancelButton});

    const int startId = pageIdFor(flow->step());
    ensurePage(startId); // the others after the first frame (makeLaterPages), or when first needed
    setStartId(startId);

    // Wizard buttons keep Qt's default accessible name: their current text ("Sign in", "Verify", "Cancel").
    PageColumn::keepFitting(this); // sized to its pages, at whatever text size the desktop uses
    connect(this, &QWizard::currentIdChanged, this,
            [](int id) { qCDebug(lcUi) << "showing page" << static_cast<PageId>(id); });
    connect(flow, &SignInFlow::stepChanged, this, &SignInWizard::followStep);
    // What the first page does not need waits until it is on the screen.
    connect(new FirstFrameWatcher(this), &FirstFrameWatcher::firstFrameDrawn, this, [this] {
        if (!m_measuringStartUp) {
            m_firstFrameDrawn = true;
            const QList<int> made = pageIds();
            for (const int id : made) {
                startAfterFirstFrame(id);
            }
            makeLaterPages();
        }
        emit firstFrameDrawn();
    });
    connect(flow, &SignInFlow::finished, this, &SignInWizard::onFinished);
}

SignInWizard::~SignInWizard() = default;

PasswordPage *SignInWizard::passwordPage()
{
    ensurePage(PasswordPageId);
    return m_passwordPage;
}

PhonePage *SignInWizard::phonePage()
{
    ensurePage(PhonePageId);
    return m_phonePage;
}

CodePage *SignInWizard::codePage()
{
    ensurePage(CodePageId);
    return m_codePage;
}

QList<int> SignInWizard::plannedPageIds() const
{
    if (m_flow->mayEnrol()) {
        return {PasswordPageId, EnrolmentPageId, PhonePageId, CodePageId, DonePageId};
    }
    return {PasswordPageId, PhonePageId, CodePageId, DonePageId};
}

QWizardPage *SignInWizard::ensurePage(int id)
{
    if (QWizardPage *made = page(id)) {
        return made;
    }
    const QList<int> planned = plannedPageIds();
    const qsizetype position = planned.indexOf(id);
    if (position < 0) {
        return nullptr; // the enrolment page where the flow never enrols
    }
    FlowPage *made = nullptr;
    switch (static_cast<PageId>(id)) {
    case PasswordPageId:
        made = m_passwordPage = new PasswordPage(m_flow);
        break;
    case EnrolmentPageId:
        made = m_enrolmentPage = new EnrolmentPage(m_flow);
        break;
    case PhonePageId:
        made = m_phonePage = new PhonePage(m_flow);
        break;
    case CodePageId:
        made = m_codePage = new CodePage(m_flow);
        break;
    case DonePageId:
        made = m_donePage = new DonePage(m_flow);
        m_donePage->setClosesSoon(m_closesWhenDone);
        break;
    }
    // The wizard's buttons ask the page what follows it, and that page may not be made yet.
    made->setFollowingPageId(position + 1 < planned.size() ? planned.at(position + 1) : -1);
    qCDebug(lcUi) << "making page" << static_cast<PageId>(id);
    setPage(id, made);
    if (m_firstFrameDrawn) {
        startAfterFirstFrame(id);
    }
    return made;
}

void SignInWizard::startAfterFirstFrame(int id)
{
    switch (static_cast<PageId>(id)) {
    case PasswordPageId:
        // Lays the hint out again as a text document, and draws it again: a turn of its own.
        IdleCall::run(m_passwordPage, [this] { m_passwordPage->allowHintSelection(); });
        break;
    case PhonePageId:
        m_phonePage->prepareCountries(); // in spare time, on a thread of its own
        break;
    case EnrolmentPageId:
    case CodePageId:
    case DonePageId:
        break;
    }
}

void SignInWizard::makeLaterPages()
{
    const QList<int> planned = plannedPageIds();
    for (const int id : planned) {
        if (!page(id)) {
            IdleCall::run(this, [this, id] {
                // Polished now, so that showing it later costs no more than it did when it was made first.
                ensurePage(id)->ensurePolished();
                makeLaterPages();
            });
            return;
        }
    }
}

void SignInWizard::setSidePanel(QWidget *panel)
{
    setSideWidget(panel);
}

int SignInWizard::pageIdFor(SignInFlow::Step step)
{
    switch (step) {
    case SignInFlow::Step::Password:
        return PasswordPageId;
    case SignInFlow::Step::Enrolment:
        return EnrolmentPageId;
    case SignInFlow::Step::Phone:
        return PhonePageId;
    case SignInFlow::Step::Code:
        return CodePageId;
    case SignInFlow::Step::Done:
        return DonePageId;
    }
    return PasswordPageId;
}

void SignInWizard::followStep(SignInFlow::Step step)
{
    if (step == SignInFlow::Step::Done && m_closesOnApproval && !m_flow->isFailedOpen()) {
        return; // the window closes when the flow finishes; the Done page would only flash
    }
    const int id = pageIdFor(step);
    if (!ensurePage(id)) {
        return;
    }
    if (currentId() == -1) {
        setStartId(id); // not shown yet: open on the flow's step
        return;
    }
    if (id == currentId()) {
        return;
    }
    if (id > currentId()) {
        setCurrentId(id);
        return;
    }
    // Backwards (a different number, an expired session): unwind the history so QWizard's bookkeeping
    // stays consistent; when the page was never visited, start over from it.
    if (visitedIds().contains(id)) {
        while (currentId() != id) {
            back();
        }
    } else {
        setStartId(id);
        restart();
    }
}

void SignInWizard::setClosesWhenDone(bool closes, int delayMsecs)
{
    m_closesWhenDone = closes;
    m_closeWhenDoneTimer->setInterval(delayMsecs);
    if (m_donePage) {
        m_donePage->setClosesSoon(closes);
    }
}

void SignInWizard::closeWhenDone()
{
    const QList<QWidget *> actions = m_donePage ? m_donePage->actionButtons() : QList<QWidget *>();
    const bool aboutToAct = std::any_of(actions.cbegin(), actions.cend(), [](const QWidget *button) {
        return button->hasFocus() || button->underMouse();
    });
    if (aboutToAct || m_flow->step() != SignInFlow::Step::Done || !isVisible()) {
        qCInfo(lcUi) << "not closing by itself: the user is on the Done page's actions";
        m_donePage->setClosesSoon(false);
        return;
    }
    done(QDialog::Accepted);
}

void SignInWizard::onFinished(SignInFlow::Outcome outcome)
{
    qCInfo(lcUi) << "sign-in finished:" << outcome;
    if (outcome == SignInFlow::Outcome::SignedIn && m_closesOnApproval && isVisible()) {
        done(QDialog::Accepted);
        return;
    }
    if (outcome == SignInFlow::Outcome::SignedIn && m_closesWhenDone && !m_flow->isFailedOpen()) {
        m_closeWhenDoneTimer->start();
    }
    if (outcome == SignInFlow::Outcome::Cancelled && isVisible()) {
        QWizard::reject(); // cancelled elsewhere (or by us): close without asking the flow again
    }
}

void SignInWizard::reject()
{
    if (m_flow->isBusy() && !m_closing) {
        qCInfo(lcUi) << "stopping the request in flight";
        m_flow->abortRequest(); // Cancel while busy stops the request; what was typed stays
        return;
    }
    if (!m_flow->isFinished()) {
        m_flow->cancel(); // emits finished(Cancelled), which closes the window
    }
    if (isVisible()) {
        QWizard::reject();
    }
}

void SignInWizard::bringToFront()
{
    qCInfo(lcUi) << "coming to the front";
    if (isMinimized()) {
        showNormal();
    } else if (!isVisible()) {
        show();
    }
    raise();
    activateWindow();
}

void SignInWizard::closeEvent(QCloseEvent *event)
{
    m_closing = true; // closing the window always cancels, even while a request runs
    QWizard::closeEvent(event);
    m_closing = false;
}

} // namespace latchkey

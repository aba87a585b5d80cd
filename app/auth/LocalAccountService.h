#pragma once

#include "AuthService.h"

namespace latchkey {

/**
 * A service with a local account on this computer (direct mode), where the organisation's backend has none:
 * it prepares the account before the first step, enrols it on the first run and changes its number. The
 * flow finds these abilities on its service with qobject_cast; a service without them simply has no
 * enrolment and no number change. Every call answers like the AuthService calls: its signal or failed().
 */
class LocalAccountService : public AuthService
{
    Q_OBJECT
public:
    using AuthService::AuthService;

    /** Loads the local account; answers prepared(needsEnrolment), true on a computer that has none. */
    virtual void prepare() = 0;
    /**
     * The first run: keeps what is needed to create the local account once the number is verified (never
     * the password itself). Answers enrolmentStarted() or failed().
     */
    virtual void beginEnrolment(const QString &username, const QString &password) = 0;
    /** Stores the local account with the number whose code was just approved; enrolmentCompleted(). */
    virtual void completeEnrolment(const E164Number &number) = 0;
    /** What can be offered while enrolling, when there was no login to announce it. */
    virtual ServerCapabilities enrolmentCapabilities() const = 0;

    /** Whether the enrolled number can be changed now (the account exists). */
    virtual bool canChangeNumber() const = 0;
    /** Stores a newly verified number as the enrolled one; numberChanged() or failed(). */
    virtual void changeNumber(const E164Number &number) = 0;

signals:
    void prepared(bool needsEnrolment);
    void enrolmentStarted();
    void enrolmentCompleted();
    void numberChanged();
};

} // namespace latchkey

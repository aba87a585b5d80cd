// The sandbox backend's "Remember this device" (docs/backend-protocol.md, deviceTrust): tokens issued on
// request at verify-code, honoured at login only with the password, bound to their user, expiring on the
// sandbox's clock and revoked by a logout with forgetDevice.

#include "BackendEmulator.h"
#include "Clock.h"
#include "Outbox.h"
#include "VerifyEmulator.h"

#include <QJsonObject>
#include <QTest>

using namespace latchkey;

class TestBackendDeviceTrust : public QObject
{
    Q_OBJECT

    struct Sandbox
    {
        ManualClock clock;
        Outbox outbox{&clock};
        VerifyEmulator verify{&clock, &outbox};
        BackendEmulator backend{&verify};
        DemoAccount demo = BackendEmulator::demoAccount();

        /** Password and code with "Remember this device"; returns the session and the token issued. */
        QString signInRemembering(QString *sessionId, QJsonObject *approval = nullptr)
        {
            const BackendEmulator::Reply login = backend.login(demo.username, demo.password, sessionId);
            if (login.status != 200) {
                return QString();
            }
            if (backend.sendCode(*sessionId, demo.phone, QString(), QString()).status != 200) {
                return QString();
            }
            const BackendEmulator::Reply verified =
                backend.verifyCode(*sessionId, demo.phone, outbox.lastCodeFor(demo.phone),
                                   BackendEmulator::Destination::RequestedNumber, true);
            if (approval) {
                *approval = verified.body;
            }
            return verified.body.value(QLatin1String("deviceToken")).toString();
        }
        /** The token of a first sign-in with "Remember this device", its session left alone. */
        QString rememberedToken()
        {
            QString session;
            return signInRemembering(&session);
        }
        /** A later sign-in with the demo password that presents `token`; its session goes to `sessionId`. */
        BackendEmulator::Reply loginPresenting(const QString &token, QString *sessionId)
        {
            return backend.login(demo.username, demo.password, sessionId, token);
        }
    };

    /** The backend's verdict on the token a login presented. */
    static QJsonValue trusted(const BackendEmulator::Reply &login)
    {
        return login.body.value(QLatin1String("deviceTrusted"));
    }

private slots:
    void theDemoAccountAnnouncesThirtyDays()
    {
        Sandbox s;
        QString session;
        const BackendEmulator::Reply login = s.backend.login(s.demo.username, s.demo.password, &session);
        const QJsonObject capabilities = login.body.value(QLatin1String("capabilities")).toObject();
        QCOMPARE(capabilities.value(QLatin1String("deviceTrust")).toObject(),
                 QJsonObject({{QStringLiteral("days"), 30}}));
        QVERIFY(!login.body.contains(QLatin1String("deviceTrusted"))); // no token presented: no verdict
    }

    void aTokenIsIssuedOnlyWhenAskedAndExpiresInThirtyDays()
    {
        Sandbox s;
        QString session;
        QVERIFY(s.backend.login(s.demo.username, s.demo.password, &session).status == 200);
        QCOMPARE(s.backend.sendCode(session, s.demo.phone, QString(), QString()).status, 200);
        const BackendEmulator::Reply plain =
            s.backend.verifyCode(session, s.demo.phone, s.outbox.lastCodeFor(s.demo.phone));
        QCOMPARE(plain.status, 200);
        QVERIFY(!plain.body.contains(QLatin1String("deviceToken")));
        QCOMPARE(s.backend.validDeviceTokenCount(), 0);

        QJsonObject approval;
        const QString token = s.signInRemembering(&session, &approval);
        QVERIFY(token.size() >= 40);
        QCOMPARE(QDateTime::fromString(approval.value(QLatin1String("deviceTokenExpiresAt")).toString(),
                                       Qt::ISODate),
                 s.clock.now().addDays(30));
        QCOMPARE(s.backend.validDeviceTokenCount(), 1);
    }

    void aValidTokenWithThePasswordSkipsTheCode()
    {
        Sandbox s;
        const QString token = s.rememberedToken();
        QString second;
        const BackendEmulator::Reply login = s.loginPresenting(token, &second);
        QCOMPARE(login.status, 200);
        QCOMPARE(trusted(login), QJsonValue(true));
        QVERIFY(s.backend.isVerified(second)); // two-factor without a new code
    }

    void aTokenNeverReplacesThePassword()
    {
        Sandbox s;
        const QString token = s.rememberedToken();
        QString second;
        QCOMPARE(s.backend.login(s.demo.username, QStringLiteral("wrong"), &second, token).status, 401);
        QVERIFY(second.isEmpty());
    }

    void aTokenIsBoundToItsUser()
    {
        Sandbox s;
        s.backend.addAccount({QStringLiteral("ada"), QStringLiteral("ada-password"), QStringLiteral("Ada"),
                              QStringLiteral("+12025550143")});
        const QString token = s.rememberedToken(); // demo's token
        QString other;
        const BackendEmulator::Reply login =
            s.backend.login(QStringLiteral("ada"), QStringLiteral("ada-password"), &other, token);
        QCOMPARE(login.status, 200);
        QCOMPARE(trusted(login), QJsonValue(false));
        QVERIFY(!s.backend.isVerified(other));
    }

    void anExpiredTokenIsRefusedAndForgotten()
    {
        Sandbox s;
        const QString token = s.rememberedToken();
        s.clock.advanceSeconds(30 * 24 * 3600);
        QString second;
        const BackendEmulator::Reply login = s.loginPresenting(token, &second);
        QCOMPARE(trusted(login), QJsonValue(false));
        QVERIFY(!s.backend.isVerified(second));
        QCOMPARE(s.backend.validDeviceTokenCount(), 0);
    }

    void logoutWithForgetDeviceRevokesTheToken()
    {
        Sandbox s;
        const QString token = s.rememberedToken();
        QString second;
        QCOMPARE(trusted(s.loginPresenting(token, &second)), QJsonValue(true));
        QCOMPARE(s.backend.logout(second, true).status, 200);
        QCOMPARE(s.backend.validDeviceTokenCount(), 0);
        QString third;
        QCOMPARE(trusted(s.loginPresenting(token, &third)), QJsonValue(false));
    }

    void aPlainLogoutKeepsTheToken()
    {
        Sandbox s;
        QString first;
        const QString token = s.signInRemembering(&first);
        QCOMPARE(s.backend.logout(first).status, 200);
        QString second;
        QCOMPARE(trusted(s.loginPresenting(token, &second)), QJsonValue(true));
    }
};

QTEST_GUILESS_MAIN(TestBackendDeviceTrust)
#include "TestBackendDeviceTrust.moc"

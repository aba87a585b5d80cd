#include "PageTour.h"
#include "PasswordPage.h"
#include "SandboxPanel.h"
#include "UnconfiguredPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QWizard>

#include <memory>

using namespace latchkey;
using namespace latchkey::testing;

namespace {

bool isIconOnly(const QAbstractButton *button)
{
    const auto *tool = qobject_cast<const QToolButton *>(button);
    return tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly; // the password field's eye
}

/** Why `widget`'s text does not fit where it is laid out; empty when it fits. */
QString clipping(const QWidget *window, const QWidget *widget)
{
    const QRect inWindow(widget->mapTo(window, QPoint(0, 0)), widget->size());
    if (!window->rect().contains(inWindow)) {
        return QStringLiteral("reaches outside the window");
    }
    if (const QWidget *parent = widget->parentWidget();
        parent && parent != window && !parent->rect().contains(widget->geometry())) {
        return QStringLiteral("reaches outside %1").arg(parent->objectName());
    }
    const QSize size = widget->size();
    if (const auto *label = qobject_cast<const QLabel *>(widget)) {
        if (label->wordWrap() && label->heightForWidth(size.width()) > size.height()) {
            return QStringLiteral("needs %1 px of height, has %2")
                .arg(label->heightForWidth(size.width()))
                .arg(size.height());
        }
        if (!label->wordWrap() && (label->minimumSizeHint().width() > size.width() ||
                                   label->minimumSizeHint().height() > size.height())) {
            return QStringLiteral("needs %1×%2, has %3×%4")
                .arg(label->minimumSizeHint().width())
                .arg(label->minimumSizeHint().height())
                .arg(size.width())
                .arg(size.height());
        }
    } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget);
               button && !isIconOnly(button)) {
        if (button->sizeHint().width() > size.width() || button->sizeHint().height() > size.height()) {
            return QStringLiteral("needs %1×%2, has %3×%4")
                .arg(button->sizeHint().width())
                .arg(button->sizeHint().height())
                .arg(size.width())
                .arg(size.height());
        }
    } else if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
        // A combo box elides its current text when it is too narrow.
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = combo->isEditable();
        const QRect field =
            combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
        const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText());
        if (needed > field.width()) {
            return QStringLiteral("\"%1\" needs %2 px, the field has %3")
                .arg(combo->currentText())
                .arg(needed)
                .arg(field.width());
        }
    } else if (const auto *edit = qobject_cast<const QLineEdit *>(widget);
               edit && !qobject_cast<const QComboBox *>(edit->parentWidget())) { // a combo box frames its own
        if (edit->minimumSizeHint().height() > size.height()) {
            return QStringLiteral("needs %1 px of height, has %2")
                .arg(edit->minimumSizeHint().height())
                .arg(size.height());
        }
    }
    return QString();
}

} // namespace

/**
 * Every page, in every state the tour reaches, with the text at 100%, 150% and 200% of its size (what a
 * desktop's text scaling does): no label, button, field or choice is clipped, elided or pushed out of the
 * window. Registered twice: once as it is, and once with QT_SCALE_FACTOR=2 (device pixels doubled). The
 * pages are saved as PNGs.
 */
class TestPageScaling : public QObject
{
    Q_OBJECT

    QTemporaryDir m_shots{QDir::tempPath() + QStringLiteral("/latchkey-scaling-XXXXXX")};
    QFont m_baseFont;
    QString m_scale;
    std::unique_ptr<QTranslator> m_translator;

    void checkWindow(QWidget *window, const QString &name)
    {
        // The layout settles over a few turns of the event loop: a field shown relays its page out, the
        // wizard takes the new size, then the window fits it.
        for (int turn = 0; turn < 10; ++turn) {
            QCoreApplication::processEvents();
        }
        const QRect screen = window->screen()->availableGeometry();
        QVERIFY2(window->width() <= screen.width() && window->height() <= screen.height(),
                 qPrintable(QStringLiteral("%1 at %2: the window is %3×%4, larger than the %5×%6 screen")
                                .arg(name, m_scale)
                                .arg(window->width())
                                .arg(window->height())
                                .arg(screen.width())
                                .arg(screen.height())));
        QVERIFY(window->grab().save(
            m_shots.filePath(m_scale + QLatin1Char('-') + name + QStringLiteral(".png"))));
        int checked = 0;
        const QList<QWidget *> widgets = window->findChildren<QWidget *>();
        for (const QWidget *widget : widgets) {
            if (!widget->isVisible() || widget->size().isEmpty()) {
                continue;
            }
            const QString problem = clipping(window, widget);
            QVERIFY2(
                problem.isEmpty(),
                qPrintable(QStringLiteral("%1 at %2: %3 %4 %5")
                               .arg(name, m_scale, QString::fromLatin1(widget->metaObject()->className()),
                                    widget->objectName(), problem)));
            ++checked;
        }
        QVERIFY2(checked >= 8, qPrintable(name));
    }

    void useLanguage(const QString &language)
    {
        m_translator = std::make_unique<QTranslator>();
        QVERIFY2(m_translator->load(QStringLiteral(LATCHKEY_QM_DIR "/latchkey_%1.qm").arg(language)),
                 "no latchkey_<language>.qm in " LATCHKEY_QM_DIR);
        QCoreApplication::installTranslator(m_translator.get());
        QLocale::setDefault(QLocale(language));
    }

    void useTextScale(double scale)
    {
        m_scale = QString::number(scale * 100) + QLatin1Char('%');
        QFont font = m_baseFont;
        font.setPointSizeF(m_baseFont.pointSizeF() * scale);
        QApplication::setFont(font);
    }

private slots:
    void initTestCase()
    {
        useTestApplication(QStringLiteral("TestPageScaling"));
        QVERIFY(m_shots.isValid());
        m_shots.setAutoRemove(false); // kept for people to look at
        m_baseFont = QApplication::font();
        qInfo().noquote() << "scaling screenshots in" << m_shots.path() << "device pixel ratio"
                          << qApp->devicePixelRatio();
    }

    void cleanup()
    {
        QApplication::setFont(m_baseFont);
        if (m_translator) {
            QCoreApplication::removeTranslator(m_translator.get());
            m_translator.reset();
            QLocale::setDefault(QLocale(QLocale::English));
        }
    }

    void everyPageFits_data()
    {
        QTest::addColumn<double>("scale");
        QTest::newRow("100%") << 1.0;
        QTest::newRow("150%") << 1.5;
        QTest::newRow("200%") << 2.0;
    }

    void everyPageFits()
    {
        QFETCH(double, scale);
        useTextScale(scale);
        WizardHarness h({}, HarnessSandbox::InProcessManualClock);
        tourEveryPage(h, [&](const QString &name) { checkWindow(&h.wizard, name); });
    }

    // German's words are the longest of the shipped languages: three countdowns in a row once overflowed.
    void everyPageFitsInGerman_data()
    {
        // Up to 300% in all (text scale × device pixels): at 400% the sandbox's German sign-in, with the
        // panel beside it, is taller than what a full-HD screen has left at twice its pixels (540 logical
        // pixels).
        QTest::addColumn<double>("scale");
        QTest::newRow("100%") << 1.0;
        QTest::newRow("150%") << 1.5;
        if (qApp->devicePixelRatio() < 2) {
            QTest::newRow("200%") << 2.0;
        }
    }
    void everyPageFitsInGerman()
    {
        QFETCH(double, scale);
        useLanguage(QStringLiteral("de"));
        useTextScale(scale);
        WizardHarness h({}, HarnessSandbox::InProcessManualClock);
        // As a sandbox sign-in shows it: the sandbox phone beside the pages, the demo account's hint.
        h.wizard.setSidePanel(new SandboxPanel(&h.outbox));
        h.wizard.passwordPage()->setHint(h.session.hint());
        tourEveryPage(h, [&](const QString &name) { checkWindow(&h.wizard, QStringLiteral("de-") + name); });
    }

    void theNumberOnFileFits_data() { everyPageFits_data(); }
    void theNumberOnFileFits()
    {
        QFETCH(double, scale);
        useTextScale(scale);
        WizardHarness h({}, HarnessSandbox::InProcessManualClock);
        tourNumberOnFile(h, [&](const QString &name) { checkWindow(&h.wizard, name); });
    }

    void theEnrolmentPageFits_data() { everyPageFits_data(); }
    void theEnrolmentPageFits()
    {
        QFETCH(double, scale);
        useTextScale(scale);
        FakeWizardHarness f;
        tourEnrolmentPage(f, [&](const QString &name) { checkWindow(&f.wizard, name); });
    }

    void theUnconfiguredPageFits_data() { everyPageFits_data(); }
    void theUnconfiguredPageFits()
    {
        QFETCH(double, scale);
        useTextScale(scale);
        auto *page = new UnconfiguredPage(QStringLiteral("No server is configured."),
                                          QStringLiteral("Call the IT help desk on 555-0100."), true);
        std::unique_ptr<QWizard> window(page->createWindow());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        checkWindow(window.get(), QStringLiteral("0-unconfigured"));
    }
};

LATCHKEY_FULL_HD_TEST_MAIN(TestPageScaling)
#include "TestPageScaling.moc"

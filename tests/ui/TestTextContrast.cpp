#include "CodeLineEdit.h"
#include "CountdownButton.h"
#include "ReadablePalette.h"
#include "SignInWizard.h"

#include "PageTour.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace latchkey;
using namespace latchkey::testing;

namespace {

/** Fusion's own light palette (the application style, set in initTestCase): disabled text #bebebe on #efefef,
 *  1.7:1. */
QPalette lightPalette()
{
    return QApplication::style()->standardPalette();
}

/** `palette` with every text role in a colour no theme uses: what differs when painted with it is text. */
QPalette recoloured(QPalette palette)
{
    const QColor marker(0xff, 0x00, 0xff);
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        for (const QPalette::ColorRole role :
             {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText,
              QPalette::Link, QPalette::HighlightedText}) {
            palette.setColor(group, role, marker);
        }
    }
    return palette;
}

struct PaintedText
{
    double contrast = 0;
    int pixels = 0;
    QColor foreground;
    QColor background;
};

/**
 * The contrast of `widget`'s text as painted in `window`: the window is grabbed twice, the second time with
 * the widget's text colours changed. The pixels that change are the text; the background is the most common
 * colour among the pixels around them that do not; the contrast is that of the strongest text pixel.
 */
PaintedText measurePaintedText(QWidget *window, QWidget *widget)
{
    const QImage painted = window->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QPalette saved = widget->palette();
    widget->setPalette(recoloured(saved));
    const QImage marked = window->grab().toImage().convertToFormat(QImage::Format_RGB32);
    widget->setPalette(saved);
    const qreal ratio = painted.devicePixelRatio();
    const QRect area =
        QRect(QRectF(QPointF(widget->mapTo(window, QPoint(0, 0))) * ratio, QSizeF(widget->size()) * ratio)
                  .toAlignedRect())
            .intersected(painted.rect());
    QRect textBox;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (painted.pixel(x, y) != marked.pixel(x, y)) {
                textBox |= QRect(x, y, 1, 1);
            }
        }
    }
    PaintedText result;
    if (textBox.isEmpty()) {
        return result;
    }
    QHash<QRgb, int> around;
    for (int y = textBox.top(); y <= textBox.bottom(); ++y) {
        for (int x = textBox.left(); x <= textBox.right(); ++x) {
            if (painted.pixel(x, y) == marked.pixel(x, y)) {
                ++around[painted.pixel(x, y)];
            }
        }
    }
    QRgb background = painted.pixel(textBox.topLeft());
    int most = 0;
    for (auto it = around.cbegin(); it != around.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    }
    result.background = QColor(background);
    for (int y = textBox.top(); y <= textBox.bottom(); ++y) {
        for (int x = textBox.left(); x <= textBox.right(); ++x) {
            if (painted.pixel(x, y) != marked.pixel(x, y)) {
                ++result.pixels;
                const double contrast =
                    ReadablePalette::contrast(QColor(painted.pixel(x, y)), result.background);
                if (contrast > result.contrast) {
                    result.contrast = contrast;
                    result.foreground = QColor(painted.pixel(x, y));
                }
            }
        }
    }
    return result;
}

/** What a widget shows as text, or empty for widgets without text to read. */
QString shownText(const QWidget *widget)
{
    if (const auto *label = qobject_cast<const QLabel *>(widget)) {
        return label->text();
    }
    if (const auto *countdown = qobject_cast<const CountdownButton *>(widget)) {
        return countdown->shownText();
    }
    if (const auto *tool = qobject_cast<const QToolButton *>(widget);
        tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly) {
        return QString(); // an icon (the password field's eye): its text is only its name
    }
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
        return button->text();
    }
    if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
        return combo->currentText();
    }
    if (const auto *edit = qobject_cast<const QLineEdit *>(widget)) {
        if (qobject_cast<const QComboBox *>(edit->parentWidget())) {
            return QString(); // measured with its combo box
        }
        return edit->text().isEmpty() ? edit->placeholderText() : edit->text();
    }
    return QString();
}

} // namespace

/**
 * Every text a user must read, as painted on every page, in a light and a dark theme whose disabled text and
 * placeholders are too faint: errors, hints, the masked number, the countdowns on disabled buttons, the
 * lockout, placeholders, links. Each reaches 4.5:1 against what is behind it, measured in the pixels of the
 * grabbed window, not taken from palette roles. Nothing carries a hard-coded stylesheet colour. The pages are
 * saved as PNGs.
 */
class TestTextContrast : public QObject
{
    Q_OBJECT

    QTemporaryDir m_shots{QDir::tempPath() + QStringLiteral("/latchkey-contrast-XXXXXX")};
    QString m_theme;

    void checkPage(WizardHarness &h, const QString &name) { checkPage(h.wizard, name); }

    void checkPage(SignInWizard &wizard, const QString &name)
    {
        QCoreApplication::processEvents();
        const QString file = m_shots.filePath(m_theme + QLatin1Char('-') + name + QStringLiteral(".png"));
        QVERIFY(wizard.grab().save(file));
        int checked = 0;
        const QList<QWidget *> widgets = wizard.findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisible()) {
                continue;
            }
            QVERIFY2(!widget->styleSheet().contains(QRegularExpression(QStringLiteral("color|background"))),
                     qPrintable(widget->objectName() + QStringLiteral(": ") + widget->styleSheet()));
            const QString text = shownText(widget);
            if (text.trimmed().isEmpty()) {
                continue;
            }
            const PaintedText painted = measurePaintedText(&wizard, widget);
            QVERIFY2(painted.pixels > 0,
                     qPrintable(name + QStringLiteral(": \"") + text + QStringLiteral("\" not painted")));
            QVERIFY2(painted.contrast >= ReadablePalette::minimumContrast,
                     qPrintable(
                         QStringLiteral("%1 (%2) on %3: \"%4\" (%5) %6 on %7 = %8:1")
                             .arg(name, m_theme, QString::fromLatin1(widget->metaObject()->className()), text,
                                  widget->objectName(), painted.foreground.name(), painted.background.name())
                             .arg(painted.contrast, 0, 'f', 2)));
            ++checked;
        }
        QVERIFY2(checked >= 4, qPrintable(name));
    }

    void usePalette(const QByteArray &theme)
    {
        m_theme = QString::fromLatin1(theme);
        QApplication::setPalette(theme == "dark" ? darkThemePalette() : lightPalette());
    }

    static void addThemes()
    {
        QTest::addColumn<QByteArray>("theme");
        QTest::newRow("light") << QByteArray("light");
        QTest::newRow("dark") << QByteArray("dark");
    }

private slots:
    void initTestCase()
    {
        useTestApplication(QStringLiteral("TestTextContrast"));
        QVERIFY(m_shots.isValid());
        m_shots.setAutoRemove(false); // kept for people to look at
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        qInfo().noquote() << "contrast screenshots in" << m_shots.path();
    }

    /** The themes above are faint where it matters, or the pages would pass without the adjustment. */
    void theThemesAreFaintOnTheirOwn()
    {
        for (const QPalette &palette : {lightPalette(), darkThemePalette()}) {
            QVERIFY(ReadablePalette::contrast(palette.color(QPalette::Disabled, QPalette::ButtonText),
                                              palette.color(QPalette::Disabled, QPalette::Button)) < 3.0);
        }
        const QPalette dark = darkThemePalette();
        QVERIFY(ReadablePalette::contrast(dark.color(QPalette::PlaceholderText), dark.color(QPalette::Base)) <
                3.0);
    }

    void readableOnMovesOnlyAsFarAsNeeded()
    {
        const QColor light(0xef, 0xef, 0xef);
        // Already readable: unchanged.
        QCOMPARE(ReadablePalette::readableOn(QColor(0x40, 0x40, 0x40), light, Qt::black),
                 QColor(0x40, 0x40, 0x40));
        // Too faint: darker, readable, yet lighter than the strong end (still looks muted).
        const QColor adjusted = ReadablePalette::readableOn(QColor(0xbe, 0xbe, 0xbe), light, Qt::black);
        QVERIFY(ReadablePalette::contrast(adjusted, light) >= ReadablePalette::minimumContrast);
        QVERIFY(adjusted.lightness() > 0);
        QVERIFY(adjusted.lightness() < 0xbe);
        // A strong end that does not read either: black or white, whichever reads.
        const QColor onDark = ReadablePalette::readableOn(QColor(0x30, 0x30, 0x30), QColor(0x20, 0x20, 0x20),
                                                          QColor(0x28, 0x28, 0x28));
        QVERIFY(ReadablePalette::contrast(onDark, QColor(0x20, 0x20, 0x20)) >=
                ReadablePalette::minimumContrast);
        // A translucent placeholder is judged as painted.
        QColor halfWhite(Qt::white);
        halfWhite.setAlphaF(0.2);
        const QColor placeholder = ReadablePalette::readableOn(halfWhite, Qt::black, Qt::white);
        QCOMPARE(placeholder.alpha(), 255);
        QVERIFY(ReadablePalette::contrast(placeholder, Qt::black) >= ReadablePalette::minimumContrast);
    }

    void everyPageReads_data() { addThemes(); }
    void everyPageReads()
    {
        QFETCH(QByteArray, theme);
        usePalette(theme);
        WizardHarness h({}, HarnessSandbox::InProcessManualClock);
        tourEveryPage(h, [&](const QString &name) { checkPage(h, name); });
    }

    void theNumberOnFileReads_data() { addThemes(); }
    void theNumberOnFileReads()
    {
        QFETCH(QByteArray, theme);
        usePalette(theme);
        WizardHarness h({}, HarnessSandbox::InProcessManualClock);
        tourNumberOnFile(h, [&](const QString &name) { checkPage(h, name); });
    }

    void theEnrolmentPageReads_data() { addThemes(); }
    void theEnrolmentPageReads()
    {
        QFETCH(QByteArray, theme);
        usePalette(theme);
        FakeWizardHarness f;
        tourEnrolmentPage(f, [&](const QString &name) { checkPage(f.wizard, name); });
    }
};

QTEST_MAIN(TestTextContrast)
#include "TestTextContrast.moc"

// WrappingLabel answers every size question as a wrapped QLabel does, measures each text once per width,
// and measures again when anything its sizes depend on changes.

#include "WrappingLabel.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

using namespace latchkey;

namespace {

const QString paragraph =
    QStringLiteral("Use your organisation account. Next, a code confirms it is really you, "
                   "by text message, a phone call, WhatsApp or email.");

/** The plain QLabel the WrappingLabel must agree with, set up the same way. */
void expectSameSizes(const WrappingLabel &label, QLabel &reference)
{
    reference.setText(label.text());
    reference.setFont(label.font());
    reference.setMargin(label.margin());
    reference.setTextInteractionFlags(label.textInteractionFlags());
    reference.setFrameStyle(label.frameStyle());
    QCOMPARE(label.sizeHint(), reference.sizeHint());
    QCOMPARE(label.minimumSizeHint(), reference.minimumSizeHint());
    for (const int width : {60, 150, 240, 400, 1000}) {
        QCOMPARE(label.heightForWidth(width), reference.heightForWidth(width));
    }
}

} // namespace

class TestWrappingLabel : public QObject
{
    Q_OBJECT

private slots:
    void measuresLikeAWrappedQLabel()
    {
        WrappingLabel label(paragraph);
        QVERIFY(label.wordWrap());
        QLabel reference;
        reference.setWordWrap(true);
        expectSameSizes(label, reference);
    }

    void measuresEachTextOncePerWidth()
    {
        WrappingLabel label(paragraph);
        const int height = label.heightForWidth(200);
        const QSize minimum = label.minimumSizeHint();
        const QSize preferred = label.sizeHint();
        const int measured = label.measurements();
        QCOMPARE(measured, 2); // the height at 200, and both hints together
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(label.heightForWidth(200), height);
            QCOMPARE(label.minimumSizeHint(), minimum);
            QCOMPARE(label.sizeHint(), preferred);
        }
        // Polished and asked to lay out again: nothing that changes the text's size.
        label.ensurePolished();
        label.updateGeometry();
        QCOMPARE(label.heightForWidth(200), height);
        QCOMPARE(label.minimumSizeHint(), minimum);
        QCOMPARE(label.measurements(), measured);
    }

    void measuresAgainWhenItsTextChanges()
    {
        WrappingLabel label(paragraph);
        QLabel reference;
        reference.setWordWrap(true);
        expectSameSizes(label, reference);
        const int before = label.heightForWidth(150);

        label.setText(paragraph + QLatin1Char(' ') + paragraph);
        QVERIFY(label.heightForWidth(150) > before);
        expectSameSizes(label, reference);
    }

    void measuresAgainWhenItsLookChanges()
    {
        WrappingLabel label(paragraph);
        QLabel reference;
        reference.setWordWrap(true);
        expectSameSizes(label, reference);

        QFont larger = label.font();
        larger.setPointSizeF(larger.pointSizeF() * 2);
        label.setFont(larger);
        expectSameSizes(label, reference);

        label.setMargin(12);
        expectSameSizes(label, reference);

        label.setFrameStyle(QFrame::StyledPanel); // the frame's width comes in as contents margins
        expectSameSizes(label, reference);

        label.setTextInteractionFlags(Qt::TextSelectableByMouse); // then laid out as a text document
        expectSameSizes(label, reference);
    }
};

QTEST_MAIN(TestWrappingLabel)
#include "TestWrappingLabel.moc"

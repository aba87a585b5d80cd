#include "ClipboardCodeOffer.h"

#include "SignInFlow.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QWindow>

namespace latchkey {

namespace {

// Longer than any text message: a clipboard holding a document is not searched for codes.
constexpr int longestMessage = 320;

} // namespace

ClipboardCodeOffer::ClipboardCodeOffer(QWidget *parent)
    : QPushButton(parent)
{
    setObjectName(QStringLiteral("pasteCodeButton"));
    setAutoDefault(false);
    setAccessibleDescription(tr("Puts the code from the clipboard into the field"));
    hide();
    connect(this, &QPushButton::clicked, this, [this] {
        if (!m_code.isEmpty()) {
            emit codeChosen(m_code);
        }
    });
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &ClipboardCodeOffer::refresh);
    // Offered only while this window has the focus: a code is not shown to whoever looks at a window behind.
    connect(qApp, &QGuiApplication::focusWindowChanged, this, &ClipboardCodeOffer::refresh);
}

void ClipboardCodeOffer::setExpectedLength(int length)
{
    if (length != m_expectedLength) {
        m_expectedLength = length;
        refresh();
    }
}

void ClipboardCodeOffer::setWanted(bool wanted)
{
    if (wanted != m_wanted) {
        m_wanted = wanted;
        refresh();
    }
}

QString ClipboardCodeOffer::codeIn(const QString &text, int expectedLength)
{
    if (text.size() > longestMessage) {
        return QString();
    }
    // Runs of digits, a single space or dash allowed between two of them: "887847", "887 847", "887-847".
    static const QRegularExpression digitRun(QStringLiteral("(?<!\\d)\\d(?:[ \\-]?\\d)*(?!\\d)"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    QString found;
    for (auto it = digitRun.globalMatch(text); it.hasNext();) {
        const QString digits = SignInFlow::normalizeCode(it.next().captured());
        const bool fits = expectedLength > 0 ? digits.size() == expectedLength
                                             : digits.size() >= SignInFlow::minimumCodeLength &&
                                                   digits.size() <= SignInFlow::maximumCodeLength;
        if (fits) {
            if (!found.isEmpty() && found != digits) {
                return QString(); // two candidates: guessing would be worse than typing
            }
            found = digits;
        }
    }
    return found;
}

void ClipboardCodeOffer::refresh()
{
    const QWidget *top = window();
    const bool focused = top && top->isActiveWindow();
    m_code = m_wanted && focused ? codeIn(QGuiApplication::clipboard()->text(), m_expectedLength) : QString();
    setText(tr("Paste %1").arg(m_code));
    setAccessibleName(tr("Paste the code %1").arg(m_code));
    setVisible(!m_code.isEmpty());
}

} // namespace latchkey

#pragma once

// Finding the wizard's widgets by object name, and what a screen reader reads from them, for the UI tests.

#include <QAccessible>
#include <QWidget>
#include <QWizard>
#include <QWizardPage>

namespace latchkey::testing {

/** The widget called `name` on the wizard's current page; nullptr when there is none. */
template<typename T>
T *currentPageChild(const QWizard &wizard, const char *name)
{
    QWizardPage *page = wizard.currentPage();
    return page ? page->findChild<T *>(QString::fromLatin1(name)) : nullptr;
}

/** The widget called `name` below `parent`; a missing one ends the test run at once. */
template<typename T>
T *requireChild(const QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget) {
        qFatal("no widget %s", name);
    }
    return widget;
}

/** What a screen reader reads for `widget`: its name by default. */
inline QString screenReaderText(QWidget *widget, QAccessible::Text text = QAccessible::Name)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(text) : QString();
}

} // namespace latchkey::testing

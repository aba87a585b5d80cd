// The baseline for Latchkey's start-up benchmark: a bare three-page QWizard, nothing else. With
// --exit-after-first-frame it prints "first frame" on stdout once its first frame is drawn, and exits, as
// latchkey does with that option.
#include "FirstFrameWatcher.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QWizard>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QWizard wizard;
    wizard.setWindowTitle(QStringLiteral("Bare wizard"));
    for (int i = 0; i < 3; ++i) {
        auto *page = new QWizardPage;
        page->setTitle(QStringLiteral("Page %1").arg(i + 1));
        auto *layout = new QVBoxLayout(page);
        layout->addWidget(new QLabel(QStringLiteral("Field:")));
        layout->addWidget(new QLineEdit);
        wizard.addPage(page);
    }
    if (app.arguments().contains(QStringLiteral("--exit-after-first-frame"))) {
        auto *watcher = new latchkey::FirstFrameWatcher(&wizard);
        QObject::connect(watcher, &latchkey::FirstFrameWatcher::firstFrameDrawn, &app, [] {
            std::fputs("first frame\n", stdout); // as latchkey says it
            std::fflush(stdout);
            QCoreApplication::exit(1);
        });
    }
    wizard.show();
    return app.exec();
}

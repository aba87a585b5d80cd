#include "IdleCall.h"

#include <QTimer>

namespace latchkey {

void IdleCall::run(QObject *context, std::function<void()> call)
{
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, context, [timer, call = std::move(call)] {
        timer->deleteLater();
        call();
    });
    timer->start(0);
}

} // namespace latchkey

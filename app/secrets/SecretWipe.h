#pragma once

#include <QByteArray>
#include <QString>

#include <string>

namespace latchkey {

/**
 * Overwrites a secret we hold with zeros (sodium_memzero, which the compiler may not drop) and empties it.
 * Qt's containers share their buffers: the bytes are overwritten only when this is the last holder, since
 * the other holders (a line edit's text, a request Qt still sends) still need them; then the last of our
 * own holders to call this wipes them. The secret is left empty (its zeroed buffer is freed with it).
 * Returns whether the bytes were overwritten.
 */
bool wipeSecret(QByteArray &secret);
bool wipeSecret(QString &secret);
bool wipeSecret(std::string &secret);

} // namespace latchkey

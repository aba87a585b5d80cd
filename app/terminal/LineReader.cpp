#include "LineReader.h"

#include "SecretWipe.h"

#include <iostream>
#include <string>

namespace latchkey {

void LineReader::run()
{
    std::string line;
    while (std::getline(std::cin, line)) {
        emit lineRead(QString::fromLocal8Bit(line.c_str()).trimmed());
        wipeSecret(line); // a line may be a password or a code
    }
    emit endOfInput();
}

} // namespace latchkey

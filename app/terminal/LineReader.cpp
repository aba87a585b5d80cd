#include "LineReader.h"

#include <iostream>
#include <string>

namespace latchkey {

void LineReader::run()
{
    std::string line;
    while (std::getline(std::cin, line)) {
        emit lineRead(QString::fromLocal8Bit(line.c_str()).trimmed());
    }
    emit endOfInput();
}

} // namespace latchkey

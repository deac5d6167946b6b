// libFuzzer entry point for the vCard parser (our own, since Debian 12 has no vCard 3/4 library):
// any bytes are parsed as a .vcf file and every property's text decoders run. Must never crash,
// hang or allocate more than the input justifies. See fuzz_vcard.cmake.
#include "sources/contacts/VcardParser.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto file = mig::contacts::parseVcards(input, QStringLiteral("fuzz.vcf"));
    if (!file)
        return 0;
    for (const auto &card : file->cards) {
        for (const auto &property : card.properties) {
            (void)property.unescaped();
            (void)property.components();
            (void)property.parameter("TYPE");
        }
    }
    return 0;
}

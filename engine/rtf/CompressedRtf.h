#pragma once

#include "core/Expected.h"

#include <QByteArray>

namespace mig::rtf {

/// The 16-byte header of a PR_RTF_COMPRESSED value (MS-OXRTFCP 2.1.3.1.1), little-endian fields.
struct CompressedRtfHeader {
    static constexpr quint32 kCompressed = 0x75465A4C;   ///< "LZFu"
    static constexpr quint32 kUncompressed = 0x414C454D; ///< "MELA"
    static constexpr int kSize = 16;

    quint32 compressedSize = 0; ///< bytes after this field: the other 12 header bytes plus the data
    quint32 rawSize = 0;        ///< size of the decompressed RTF
    quint32 compressionType = 0;
    quint32 crc = 0;            ///< CRC of the data after the header (0 for "MELA")
};

/// Reads the header of a PR_RTF_COMPRESSED value. Pure; any thread.
/// Errors (Corrupt): shorter than 16 bytes, a size that does not fit the value, an unknown type.
Expected<CompressedRtfHeader> readCompressedRtfHeader(const QByteArray &value);

/// The CRC of MS-OXRTFCP 2.1.3.2 (CRC-32 polynomial, initial value 0, no final inversion).
quint32 compressedRtfCrc(const char *data, qsizetype size);

/// Decompresses a PR_RTF_COMPRESSED value to the RTF document it holds. Checks the CRC of
/// compressed data, the end mark, and that the output has the header's raw size (except for
/// uncompressed "MELA" values whose RAWSIZE repeats COMPSIZE, a known writer slip: their RTF is
/// the COMPSIZE - 12 bytes after the header). Never reads outside the input;
/// the output is bounded by the input (a reference expands to at most 17 bytes). Pure; any thread.
/// Errors (Corrupt, message naming the reason): truncated data, CRC mismatch, a reference past the
/// end of the stream, a size other than the header's.
Expected<QByteArray> decompressRtf(const QByteArray &value);

} // namespace mig::rtf

#include "sources/calendar/RecurrenceBlob.h"

#include <QtEndian>

namespace mig::calendar {

namespace {

constexpr quint16 readerVersion = 0x3004;
constexpr quint16 writerVersion = 0x3004;
constexpr quint32 readerVersion2 = 0x3006;
constexpr quint32 writerVersion2 = 0x3009; // 0x3009 and later carry ExtendedException records
constexpr quint16 calendarGregorian = 0;

class LittleEndianWriter {
public:
    void u16(quint16 v) { append(qToLittleEndian(v)); }
    void u32(quint32 v) { append(qToLittleEndian(v)); }
    void bytes(const QByteArray &b) { m_out += b; }
    QByteArray take() { return std::move(m_out); }

private:
    template <typename T>
    void append(T v) { m_out.append(reinterpret_cast<const char *>(&v), sizeof v); }
    QByteArray m_out;
};

/// Reads little-endian fields; once a read runs past the end, ok() stays false.
class LittleEndianReader {
public:
    explicit LittleEndianReader(const QByteArray &data)
        : m_data(data)
    {
    }
    quint16 u16() { return read<quint16>(); }
    quint32 u32() { return read<quint32>(); }
    QByteArray bytes(qsizetype n)
    {
        if (n < 0 || m_pos + n > m_data.size()) {
            m_ok = false;
            return {};
        }
        QByteArray out = m_data.mid(m_pos, n);
        m_pos += n;
        return out;
    }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos >= m_data.size(); }

private:
    template <typename T>
    T read()
    {
        if (!m_ok || m_pos + qsizetype(sizeof(T)) > m_data.size()) {
            m_ok = false;
            return 0;
        }
        const T v = qFromLittleEndian<T>(m_data.constData() + m_pos);
        m_pos += sizeof(T);
        return v;
    }
    const QByteArray &m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

// ExceptionInfo carries 8-bit strings; the ExtendedException record has the full UTF-16 text.
void writeAnsiString(LittleEndianWriter &w, const QString &text)
{
    const QByteArray bytes = text.toLatin1();
    w.u16(quint16(bytes.size() + 1));
    w.u16(quint16(bytes.size()));
    w.bytes(bytes);
}

void writeWideString(LittleEndianWriter &w, const QString &text)
{
    w.u16(quint16(text.size()));
    for (const QChar c : text)
        w.u16(c.unicode());
}

QString readWideString(LittleEndianReader &r)
{
    const quint16 length = r.u16();
    QString out;
    for (quint16 i = 0; i < length && r.ok(); ++i)
        out.append(QChar(r.u16()));
    return out;
}

void writePatternSpecific(LittleEndianWriter &w, const RecurrencePattern &p)
{
    switch (p.patternType) {
    case PatternType::Day:
        break;
    case PatternType::Week:
        w.u32(p.dayMask);
        break;
    case PatternType::Month:
    case PatternType::MonthEnd:
        w.u32(p.dayOfMonth);
        break;
    case PatternType::MonthNth:
        w.u32(p.dayMask);
        w.u32(p.nthWeek);
        break;
    }
}

void writeExceptionInfo(LittleEndianWriter &w, const RecurrenceException &e)
{
    w.u32(e.startDateTime);
    w.u32(e.endDateTime);
    w.u32(e.originalStartDate);
    w.u16(e.overrideFlags);
    if (e.overrideFlags & ARO_SUBJECT)
        writeAnsiString(w, e.subject);
    if (e.overrideFlags & ARO_REMINDERDELTA)
        w.u32(quint32(e.reminderDelta));
    if (e.overrideFlags & ARO_REMINDER)
        w.u32(quint32(e.reminderSet));
    if (e.overrideFlags & ARO_LOCATION)
        writeAnsiString(w, e.location);
    if (e.overrideFlags & ARO_BUSYSTATUS)
        w.u32(quint32(e.busyStatus));
    if (e.overrideFlags & ARO_SUBTYPE)
        w.u32(quint32(e.subType));
}

void writeExtendedException(LittleEndianWriter &w, const RecurrenceException &e)
{
    w.u32(4); // ChangeHighlightSize
    w.u32(0); // ChangeHighlightValue: nothing highlighted
    w.u32(0); // ReservedBlockEE1Size
    if (e.overrideFlags & (ARO_SUBJECT | ARO_LOCATION)) {
        w.u32(e.startDateTime);
        w.u32(e.endDateTime);
        w.u32(e.originalStartDate);
        if (e.overrideFlags & ARO_SUBJECT)
            writeWideString(w, e.subject);
        if (e.overrideFlags & ARO_LOCATION)
            writeWideString(w, e.location);
        w.u32(0); // ReservedBlockEE2Size
    }
}

bool readPatternSpecific(LittleEndianReader &r, RecurrencePattern &p)
{
    switch (p.patternType) {
    case PatternType::Day:
        return true;
    case PatternType::Week:
        p.dayMask = r.u32();
        return true;
    case PatternType::Month:
    case PatternType::MonthEnd:
        p.dayOfMonth = r.u32();
        return true;
    case PatternType::MonthNth:
        p.dayMask = r.u32();
        p.nthWeek = r.u32();
        return true;
    }
    return false; // Hijri and other calendar patterns are not produced by this writer
}

QList<quint32> readDates(LittleEndianReader &r)
{
    const quint32 count = r.u32();
    QList<quint32> dates;
    for (quint32 i = 0; i < count && r.ok(); ++i)
        dates.append(r.u32());
    return dates;
}

bool skipAnsiString(LittleEndianReader &r, QString &out)
{
    r.u16(); // SubjectLength (with the terminator)
    const quint16 length = r.u16();
    out = QString::fromLatin1(r.bytes(length));
    return r.ok();
}

RecurrenceException readExceptionInfo(LittleEndianReader &r)
{
    RecurrenceException e;
    e.startDateTime = r.u32();
    e.endDateTime = r.u32();
    e.originalStartDate = r.u32();
    e.overrideFlags = r.u16();
    if (e.overrideFlags & ARO_SUBJECT)
        skipAnsiString(r, e.subject);
    if (e.overrideFlags & ARO_MEETINGTYPE)
        r.u32();
    if (e.overrideFlags & ARO_REMINDERDELTA)
        e.reminderDelta = qint32(r.u32());
    if (e.overrideFlags & ARO_REMINDER)
        e.reminderSet = qint32(r.u32());
    if (e.overrideFlags & ARO_LOCATION)
        skipAnsiString(r, e.location);
    if (e.overrideFlags & ARO_BUSYSTATUS)
        e.busyStatus = qint32(r.u32());
    if (e.overrideFlags & ARO_ATTACHMENT)
        r.u32();
    if (e.overrideFlags & ARO_SUBTYPE)
        e.subType = qint32(r.u32());
    if (e.overrideFlags & 0x0100) // ARO_APPTCOLOR
        r.u32();
    return e;
}

void readExtendedException(LittleEndianReader &r, RecurrenceException &e)
{
    const quint32 highlightSize = r.u32();
    r.bytes(highlightSize);
    r.bytes(r.u32()); // ReservedBlockEE1
    if (!(e.overrideFlags & (ARO_SUBJECT | ARO_LOCATION)))
        return;
    r.u32();
    r.u32();
    r.u32();
    if (e.overrideFlags & ARO_SUBJECT)
        e.subject = readWideString(r);
    if (e.overrideFlags & ARO_LOCATION)
        e.location = readWideString(r);
    r.bytes(r.u32()); // ReservedBlockEE2
}

} // namespace

QByteArray encodeRecurrence(const RecurrencePattern &p)
{
    LittleEndianWriter w;
    w.u16(readerVersion);
    w.u16(writerVersion);
    w.u16(quint16(p.frequency));
    w.u16(quint16(p.patternType));
    w.u16(calendarGregorian);
    w.u32(p.firstDateTime);
    w.u32(p.period);
    w.u32(0); // SlidingFlag: only for tasks
    writePatternSpecific(w, p);
    w.u32(quint32(p.endType));
    w.u32(p.occurrenceCount);
    w.u32(p.firstDayOfWeek);
    w.u32(quint32(p.deletedInstanceDates.size()));
    for (const quint32 d : p.deletedInstanceDates)
        w.u32(d);
    w.u32(quint32(p.modifiedInstanceDates.size()));
    for (const quint32 d : p.modifiedInstanceDates)
        w.u32(d);
    w.u32(p.startDate);
    w.u32(p.endDate);
    // AppointmentRecurrencePattern (MS-OXOCAL 2.2.1.44.5)
    w.u32(readerVersion2);
    w.u32(writerVersion2);
    w.u32(p.startTimeOffset);
    w.u32(p.endTimeOffset);
    w.u16(quint16(p.exceptions.size()));
    for (const RecurrenceException &e : p.exceptions)
        writeExceptionInfo(w, e);
    w.u32(0); // ReservedBlock1Size
    for (const RecurrenceException &e : p.exceptions)
        writeExtendedException(w, e);
    w.u32(0); // ReservedBlock2Size
    return w.take();
}

std::optional<RecurrencePattern> decodeRecurrence(const QByteArray &blob)
{
    LittleEndianReader r(blob);
    RecurrencePattern p;
    r.u16(); // ReaderVersion
    r.u16(); // WriterVersion
    p.frequency = RecurFrequency(r.u16());
    p.patternType = PatternType(r.u16());
    if (r.u16() != calendarGregorian)
        return std::nullopt;
    p.firstDateTime = r.u32();
    p.period = r.u32();
    r.u32(); // SlidingFlag
    if (!readPatternSpecific(r, p))
        return std::nullopt;
    p.endType = EndType(r.u32());
    if (quint32(p.endType) == 0xFFFFFFFF) // the spec's alternative "never" value
        p.endType = EndType::Never;
    p.occurrenceCount = r.u32();
    p.firstDayOfWeek = r.u32();
    p.deletedInstanceDates = readDates(r);
    p.modifiedInstanceDates = readDates(r);
    p.startDate = r.u32();
    p.endDate = r.u32();
    r.u32(); // ReaderVersion2
    const quint32 writer2 = r.u32();
    p.startTimeOffset = r.u32();
    p.endTimeOffset = r.u32();
    const quint16 exceptionCount = r.u16();
    for (quint16 i = 0; i < exceptionCount && r.ok(); ++i)
        p.exceptions.append(readExceptionInfo(r));
    r.bytes(r.u32()); // ReservedBlock1
    if (writer2 >= 0x3009) {
        for (RecurrenceException &e : p.exceptions)
            readExtendedException(r, e);
    }
    r.bytes(r.u32()); // ReservedBlock2: present in every version, so a blob cut before it is refused
    if (!r.ok() || p.exceptions.size() != p.modifiedInstanceDates.size())
        return std::nullopt;
    return p;
}

} // namespace mig::calendar

// transport::produceConcurrently: a producer on its own thread hands a real file's bytes through a
// small bounded queue; every byte arrives in order, memory stays bounded, and a failing receiver
// stops the producer.
#include "TestEnvironment.h"

#include "transport/ProducerPipeline.h"

#include <QFile>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace mig;

namespace {

/// Receives on the calling thread and remembers how far the producer could run ahead of it.
class CheckingSink final : public gxmt::ByteSink {
public:
    CheckingSink(const std::atomic<qint64> &produced, qint64 failAfter, int delayMs = 0)
        : m_produced(produced)
        , m_failAfter(failAfter)
        , m_delayMs(delayMs)
    {
    }

    Expected<void> write(const QByteArray &bytes) override
    {
        if (QThread::currentThread() != m_owner)
            return Error { Error::Code::Internal, QStringLiteral("written from another thread"), {} };
        if (m_delayMs > 0)
            QThread::msleep(m_delayMs); // a slow connection: the producer runs ahead as far as it may
        m_data.append(bytes);
        m_largestLead = std::max(m_largestLead, m_produced.load() - m_data.size());
        if (m_failAfter >= 0 && m_data.size() >= m_failAfter)
            return Error { Error::Code::Remote, QStringLiteral("the importer stopped reading"), {} };
        return {};
    }

    QByteArray m_data;
    qint64 m_largestLead = 0;

private:
    const std::atomic<qint64> &m_produced;
    const qint64 m_failAfter;
    const int m_delayMs;
    QThread *const m_owner = QThread::currentThread();
};

/// Writes file in pieces of varying size (like frames of a converter), counting what it wrote.
Expected<void> writeInPieces(const QByteArray &file, gxmt::ByteSink &sink, std::atomic<qint64> &produced)
{
    qsizetype offset = 0;
    for (int piece = 1; offset < file.size(); ++piece) {
        const QByteArray bytes = file.mid(offset, (piece * 7919) % 40000 + 1);
        if (Expected<void> written = sink.write(bytes); !written)
            return written;
        offset += bytes.size();
        produced += bytes.size();
    }
    return {};
}

} // namespace

class TestProducerPipeline final : public QObject {
    Q_OBJECT

private:
    QByteArray largestPst()
    {
        QFile file(test::testDataPath(QStringLiteral("pst/aspose_Outlook.pst")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void everyByteArrivesInOrderWithBoundedLead()
    {
        MIG_REQUIRE_TESTDATA();
        const QByteArray file = largestPst();
        QVERIFY(file.size() > 3 * 1024 * 1024);
        std::atomic<qint64> produced { 0 };
        CheckingSink sink(produced, -1);
        const int blocks = 4;
        const qsizetype blockBytes = 64 * 1024;
        const Expected<void> result = transport::produceConcurrently(
            [&](gxmt::ByteSink &queue) { return writeInPieces(file, queue, produced); }, sink, blocks, blockBytes);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().fullText()));
        QCOMPARE(sink.m_data, file);
        // Queue + the block being filled + the block being sent, each at most a block and a piece: never
        // the whole file.
        QVERIFY2(sink.m_largestLead <= (blocks + 2) * (blockBytes + 40000), qPrintable(QString::number(sink.m_largestLead)));
    }

    void largeWritesAreBoundedByBytesNotOnlyByBlocks()
    {
        // Large values (attachments) reach the queue as blocks of their own; a slow receiver must not
        // let the producer queue several of them: one at a time waits when it exceeds the byte bound.
        constexpr qsizetype kPiece = 1024 * 1024;
        QByteArray data(16 * kPiece, Qt::Uninitialized);
        for (qsizetype i = 0; i < data.size(); ++i)
            data[i] = char(i * 31 + (i >> 12));
        std::atomic<qint64> produced { 0 };
        CheckingSink sink(produced, -1, 5);
        const int blocks = 4;
        const qsizetype blockBytes = 64 * 1024;
        const Expected<void> result = transport::produceConcurrently(
            [&](gxmt::ByteSink &queue) -> Expected<void> {
                for (qsizetype offset = 0; offset < data.size(); offset += kPiece) {
                    if (Expected<void> written = queue.write(data.mid(offset, kPiece)); !written)
                        return written;
                    produced += kPiece;
                }
                return {};
            },
            sink, blocks, blockBytes);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().fullText()));
        QCOMPARE(sink.m_data, data);
        // The piece being sent and the one waiting alone in the queue: with a bound on blocks only,
        // four pieces (4 MiB) would wait.
        QVERIFY2(sink.m_largestLead <= 2 * kPiece, qPrintable(QString::number(sink.m_largestLead)));
    }

    void failingReceiverStopsTheProducer()
    {
        MIG_REQUIRE_TESTDATA();
        const QByteArray file = largestPst();
        std::atomic<qint64> produced { 0 };
        CheckingSink sink(produced, 200 * 1024);
        Error producerError;
        const Expected<void> result = transport::produceConcurrently(
            [&](gxmt::ByteSink &queue) {
                Expected<void> written = writeInPieces(file, queue, produced);
                if (!written)
                    producerError = written.error();
                return written;
            },
            sink, 2, 32 * 1024);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Remote); // the receiver's error, not the producer's
        QCOMPARE(producerError.code, Error::Code::Canceled);
        QVERIFY(produced.load() < file.size());
    }

    void producerErrorIsReturnedAfterItsBytes()
    {
        std::atomic<qint64> produced { 0 };
        CheckingSink sink(produced, -1);
        const Expected<void> result = transport::produceConcurrently(
            [](gxmt::ByteSink &queue) -> Expected<void> {
                if (Expected<void> written = queue.write(QByteArray("GXMT0005")); !written)
                    return written;
                return Error { Error::Code::NotFound, QStringLiteral("source vanished"), {} };
            },
            sink);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::NotFound);
        QCOMPARE(sink.m_data, QByteArray()); // an unfinished block of a failed producer is not sent
    }
};

QTEST_GUILESS_MAIN(TestProducerPipeline)
#include "TestProducerPipeline.moc"

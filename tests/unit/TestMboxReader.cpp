#include <QTest>
class TestMboxReader final : public QObject {
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestMboxReader)
#include "TestMboxReader.moc"

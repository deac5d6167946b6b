// How responsive the wizard's GUI thread stays while the work runs elsewhere: a 5 ms timer on the
// GUI thread records how late each tick comes (the "stall") during three phases driven like a user
// does: inspecting many sources, browsing the largest one in the preview (every folder, every
// message), and a dry run of all of them. A GUI that never blocks on I/O keeps the worst stall at a
// few frames. Prints figures; never fails on them.
//
// Usage: bench_gui_responsiveness [TESTDATA_DIR] [COPIES]   (default: $MIGRATE_TESTDATA, 8 copies)
// Runs headless (QT_QPA_PLATFORM=offscreen unless set).
#include "MigrationWizard.h"
#include "WizardState.h"
#include "models/SourceListModel.h"
#include "pages/PreviewPage.h"
#include "pages/RunPage.h"
#include "preview/FolderTreeModel.h"
#include "preview/MessageListModel.h"
#include "preview/MessageView.h"
#include "support/EventLoopWait.h"
#include "support/Prompts.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using mig::wizard::MigrationWizard;

namespace {

/// Records the lateness of a 5 ms timer on the GUI thread while a phase runs.
class StallMeter {
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kIntervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0)
                m_stallsMs.push_back(std::max<double>(0, (now - m_last) / 1e6 - kIntervalMs));
            m_last = now;
        });
    }
    void start()
    {
        m_stallsMs.clear();
        m_last = -1;
        m_clock.start();
        m_timer.start();
    }
    void report(const char *phase)
    {
        m_timer.stop();
        const double seconds = m_clock.elapsed() / 1000.0;
        std::vector<double> sorted = m_stallsMs;
        std::sort(sorted.begin(), sorted.end());
        auto quantile = [&](double q) { return sorted.empty() ? 0.0 : sorted.at(size_t(q * double(sorted.size() - 1))); };
        std::printf("%-24s %8.2f s %7zu ticks   stall p50 %6.1f ms   p99 %6.1f ms   max %7.1f ms\n", phase, seconds,
                    sorted.size(), quantile(0.5), quantile(0.99), sorted.empty() ? 0.0 : sorted.back());
        std::fflush(stdout);
    }

private:
    static constexpr int kIntervalMs = 5;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    std::vector<double> m_stallsMs;
};


/// Every folder of the preview's tree, depth first.
QList<QModelIndex> allFolders(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QList<QModelIndex> folders;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        folders.append(index);
        folders += allFolders(model, index);
    }
    return folders;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
    const QString data = argc > 1 ? QString::fromLocal8Bit(argv[1]) : qEnvironmentVariable("MIGRATE_TESTDATA");
    const int copies = argc > 2 ? std::max(1, atoi(argv[2])) : 8;
    const QFileInfoList samples = QDir(data + QStringLiteral("/pst")).entryInfoList(
        {QStringLiteral("*.pst"), QStringLiteral("*.ost")}, QDir::Files, QDir::Size);
    if (samples.isEmpty()) {
        std::fprintf(stderr, "no PST/OST samples in %s/pst (pass TESTDATA_DIR or set MIGRATE_TESTDATA)\n", qPrintable(data));
        return 2;
    }
    // Copies under distinct names (symbolic links) make a migration of many mailboxes.
    QTemporaryDir work;
    QStringList sources;
    for (int copy = 0; copy < copies; ++copy) {
        for (const QFileInfo &sample : samples) {
            const QString link = work.filePath(QStringLiteral("%1-%2").arg(copy).arg(sample.fileName()));
            QFile::link(sample.absoluteFilePath(), link);
            sources.append(link);
        }
    }
    std::printf("%lld sources (%lld samples x %d copies); GUI timer every 5 ms\n", qint64(sources.size()),
                qint64(samples.size()), copies);

    MigrationWizard wizard;
    wizard.show();
    StallMeter meter;

    // 1. Inspection of every source on the sources page.
    wizard.next();
    meter.start();
    mig::wizard::Prompts::setNextAnswer(sources);
    wizard.findChild<QAbstractButton *>(QStringLiteral("addFilesPushButton"))->click();
    mig::wizard::processEventsUntil([&] { return !wizard.state().sources()->isBusy(); }, 600000);
    meter.report("inspect sources");

    // 2. Preview of the largest sample: every folder, every message in it.
    wizard.next();
    auto *preview = qobject_cast<mig::wizard::PreviewPage *>(wizard.currentPage());
    int messages = 0;
    meter.start();
    mig::wizard::processEventsUntil([&] { return preview->folderModel()->rowCount() > 0; }, 60000);
    auto *tree = wizard.findChild<QTreeView *>(QStringLiteral("folderTreeView"));
    auto *table = wizard.findChild<QAbstractItemView *>(QStringLiteral("messageTableView"));
    for (const QModelIndex &folder : allFolders(preview->folderModel())) {
        tree->setCurrentIndex(folder);
        mig::wizard::processEventsUntil([&] { return !preview->messageModel()->isLoading(); }, 60000);
        for (int row = 0; row < preview->messageModel()->rowCount(); ++row) {
            bool shown = false;
            const QMetaObject::Connection connection = QObject::connect(
                preview->messageView(), &mig::wizard::MessageView::messageShown, [&] { shown = true; });
            table->setCurrentIndex(preview->messageModel()->index(row, 0));
            mig::wizard::processEventsUntil([&] { return shown; }, 60000);
            QObject::disconnect(connection);
            ++messages;
        }
    }
    meter.report("preview (all messages)");
    std::printf("  previewed %d messages of %s\n", messages, qPrintable(samples.first().fileName()));

    // 3. A dry run of all sources, two mailboxes at a time.
    mig::wizard::WizardState &state = wizard.state();
    state.plan.jobs.clear();
    for (int i = 0; i < sources.size(); ++i)
        state.plan.jobs.append({{mig::sources::SourceSpec::forPath(sources.at(i))}, QStringLiteral("user%1@example.org").arg(i)});
    state.plan.options.parallelJobs = 2;
    state.dryRun = true;
    state.runDir = work.filePath(QStringLiteral("run"));
    MigrationWizard runWizard;
    runWizard.state().plan = state.plan;
    runWizard.state().dryRun = true;
    runWizard.state().runDir = state.runDir;
    runWizard.setStartId(MigrationWizard::Page_Run);
    meter.start();
    runWizard.show();
    auto *run = qobject_cast<mig::wizard::RunPage *>(runWizard.currentPage());
    mig::wizard::processEventsUntil([&] { return run->isComplete(); }, 1800000);
    meter.report("dry run (all sources)");
    return 0;
}

#include "ScreenshotRenderer.h"

#include "MigrationWizard.h"
#include "WizardState.h"
#include "dialogs/KopanoSourceDialog.h"
#include "kopano/KopanoSpec.h"
#include "models/MappingModel.h"
#include "models/SourceListModel.h"
#include "pages/MappingPage.h"
#include "pages/PreviewPage.h"
#include "preview/FolderTreeModel.h"
#include "preview/MessageListModel.h"
#include "preview/MessageView.h"
#include "support/ColumnFitter.h"
#include "support/EventLoopWait.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QPixmap>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeView>

#include <functional>

namespace mig::wizard {

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

/// The shared sample data: $MIGRATE_TESTDATA, else a "shared/testdata" folder next to one of the
/// ancestors of the executable's or the current directory (the checkout's sibling).
QString findTestData()
{
    const QString fromEnv = qEnvironmentVariable("MIGRATE_TESTDATA");
    if (!fromEnv.isEmpty() && QFileInfo(fromEnv).isDir())
        return fromEnv;
    for (const QString &start : {QCoreApplication::applicationDirPath(), QDir::currentPath()}) {
        QDir dir(start);
        do {
            const QString candidate = dir.filePath(QStringLiteral("shared/testdata"));
            if (QFileInfo(candidate).isDir())
                return candidate;
        } while (dir.cdUp());
    }
    return {};
}


template <typename T>
T *child(QWidget *root, const char *name)
{
    return root->findChild<T *>(QLatin1String(name));
}

class Renderer {
public:
    Renderer(const QString &outputDir, const QString &testData)
        : m_out(outputDir)
        , m_testData(testData)
    {
    }

    int run();
    /// The Sources page with a Kopano server's stores (and the dialog that added them), and the
    /// Mapping page with their targets: 10-kopano-dialog, 11-kopano-sources, 12-kopano-mapping.
    int runKopano();

private:
    bool shoot(const QString &name);
    bool next(MigrationWizard::PageId expected);

    QDir m_out;
    QString m_testData;
    MigrationWizard m_wizard;
    int m_failures = 0;
};

/// Stores as a discovery of a Kopano server lists them (made up: no server is asked).
KopanoDiscoveryResult sampleKopanoDiscovery()
{
    KopanoDiscoveryResult result;
    result.ok = true;
    const struct {
        const char *login;
        double mib;
        bool active;
        const char *archive;
    } users[] = { { "amelia", 812.4, true, "" }, { "bruno", 2310.0, true, "DA7EDA7EDA7EDA7EDA7EDA7EDA7EDA7E" },
                  { "claire", 96.2, false, "" }, { "saqib", 4410.7, true, "" } };
    for (const auto &u : users) {
        kopano::KopanoUser user;
        user.login = QLatin1String(u.login);
        user.email = user.login + QStringLiteral("@example.org");
        user.storeMiB = u.mib;
        user.active = u.active;
        user.archiveGuid = QLatin1String(u.archive);
        user.archiveMiB = user.archiveGuid.isEmpty() ? 0 : 1204.5;
        result.found.users.append(user);
    }
    return result;
}

bool Renderer::shoot(const QString &name)
{
    // Let layouts, lazy views, deferred paints and the tables' column fitting settle.
    processEventsUntil([] { return false; }, ColumnFitter::kIntervalMs + 150);
    const QString path = m_out.filePath(name + QStringLiteral(".png"));
    if (!m_wizard.grab().save(path, "PNG")) {
        err() << QCoreApplication::translate("mig::wizard", "Cannot write %1").arg(path) << Qt::endl;
        ++m_failures;
        return false;
    }
    return true;
}

bool Renderer::next(MigrationWizard::PageId expected)
{
    m_wizard.next();
    if (m_wizard.currentId() != expected) {
        err() << QCoreApplication::translate("mig::wizard", "The wizard did not reach page %1 (it is on page %2)")
                     .arg(int(expected))
                     .arg(m_wizard.currentId())
              << Qt::endl;
        ++m_failures;
        return false;
    }
    return true;
}

int Renderer::run()
{
    WizardState &state = m_wizard.state();
    m_wizard.resize(1100, 760);
    m_wizard.show();
    shoot(QStringLiteral("01-welcome"));

    if (!next(MigrationWizard::Page_Sources))
        return 1;
    QStringList samples;
    for (const char *name : {"pst/libyal_outlook.pst", "pst/aspose_Outlook.pst", "pst/tika_testPST.pst",
                             "broken/pstreader_not-a-pst-file.pst"}) {
        const QString path = QDir(m_testData).filePath(QLatin1String(name));
        if (QFileInfo::exists(path))
            samples << path;
    }
    state.sources()->addPaths(samples);
    if (!processEventsUntil([&] { return !state.sources()->isBusy(); }, 180000))
        err() << QCoreApplication::translate("mig::wizard", "The sources were not inspected in time") << Qt::endl;
    shoot(QStringLiteral("02-sources"));

    if (!next(MigrationWizard::Page_Preview))
        return 1;
    auto *preview = static_cast<PreviewPage *>(m_wizard.currentPage());
    processEventsUntil([&] { return preview->folderModel()->rowCount() > 0; }, 60000);
    // Show the folder with the most items, and its first message.
    QModelIndex best;
    std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
        for (int row = 0; row < preview->folderModel()->rowCount(parent); ++row) {
            const QModelIndex index = preview->folderModel()->index(row, 0, parent);
            if (!best.isValid()
                || index.data(FolderTreeModel::ItemCountRole).toInt() > best.data(FolderTreeModel::ItemCountRole).toInt())
                best = index;
            visit(index);
        }
    };
    visit({});
    if (best.isValid()) {
        child<QTreeView>(preview, "folderTreeView")->setCurrentIndex(best);
        processEventsUntil([&] { return preview->messageModel()->rowCount() > 0; }, 60000);
        auto *messages = child<QTableView>(preview, "messageTableView");
        bool shown = false;
        QObject::connect(preview->messageView(), &MessageView::messageShown, preview, [&shown] { shown = true; });
        messages->setCurrentIndex(preview->messageModel()->index(0, 0));
        processEventsUntil([&] { return shown; }, 60000);
    }
    shoot(QStringLiteral("03-preview"));

    if (!next(MigrationWizard::Page_Server))
        return 1;
    child<QLineEdit>(&m_wizard, "hostLineEdit")->setText(QStringLiteral("mail.example.org"));
    child<QLineEdit>(&m_wizard, "userLineEdit")->setText(QStringLiteral("root"));
    shoot(QStringLiteral("04-server"));

    if (!next(MigrationWizard::Page_Directory))
        return 1;
    child<QLineEdit>(&m_wizard, "uriLineEdit")->setText(QStringLiteral("ldaps://ldap.example.org"));
    child<QLineEdit>(&m_wizard, "baseDnLineEdit")->setText(QStringLiteral("ou=people,dc=example,dc=org"));
    child<QLineEdit>(&m_wizard, "bindDnLineEdit")->setText(QStringLiteral("cn=reader,dc=example,dc=org"));
    shoot(QStringLiteral("05-directory"));
    // That directory does not exist: go on without one (Next would try it first).
    child<QLineEdit>(&m_wizard, "uriLineEdit")->clear();

    if (!next(MigrationWizard::Page_Mapping))
        return 1;
    auto *mapping = static_cast<MappingPage *>(m_wizard.currentPage());
    MappingModel *model = mapping->model();
    // Without a directory nothing matches: give every source the mailbox named after its file.
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString base = QFileInfo(model->table().entries().at(size_t(row)).source).completeBaseName().toLower();
        model->setData(model->index(row, MappingModel::TargetColumn),
                       QString(base.section(QLatin1Char('_'), -1) + QStringLiteral("@example.org")));
    }
    shoot(QStringLiteral("06-mapping"));

    if (!next(MigrationWizard::Page_Options))
        return 1;
    QTemporaryDir runDir;
    child<QCheckBox>(&m_wizard, "dryRunCheckBox")->setChecked(true);
    child<QLineEdit>(&m_wizard, "runDirLineEdit")->setText(runDir.filePath(QStringLiteral("run")));
    shoot(QStringLiteral("07-options"));

    if (!next(MigrationWizard::Page_Run))
        return 1;
    if (!processEventsUntil([&] { return m_wizard.currentPage()->isComplete(); }, 600000))
        err() << QCoreApplication::translate("mig::wizard", "The dry run did not finish in time") << Qt::endl;
    shoot(QStringLiteral("08-run"));

    if (!next(MigrationWizard::Page_Summary))
        return 1;
    shoot(QStringLiteral("09-summary"));
    m_wizard.hide();
    return m_failures == 0 ? 0 : 1;
}

int Renderer::runKopano()
{
    m_wizard.resize(1100, 760);
    m_wizard.show();
    if (!next(MigrationWizard::Page_Sources))
        return 1;
    auto *dialog = new KopanoSourceDialog(m_wizard.state(), &m_wizard);
    child<QLineEdit>(dialog, "kopanoHostLineEdit")->setText(QStringLiteral("root@kopano.example.org"));
    child<QLineEdit>(dialog, "sqlHostLineEdit")->setText(QStringLiteral("kopano.example.org"));
    child<QLineEdit>(dialog, "sqlPasswordLineEdit")->setText(QStringLiteral("not-a-real-password"));
    child<QLineEdit>(dialog, "publicDomainLineEdit")->setText(QStringLiteral("@example.org"));
    child<QLineEdit>(dialog, "publicGuidLineEdit")->setText(QStringLiteral("0123456789ABCDEF0123456789ABCDEF"));
    dialog->showDiscovery(sampleKopanoDiscovery());
    dialog->resize(760, 820);
    dialog->show();
    processEventsUntil([] { return false; }, ColumnFitter::kIntervalMs + 150);
    const QString dialogPath = m_out.filePath(QStringLiteral("10-kopano-dialog.png"));
    if (!dialog->grab().save(dialogPath, "PNG")) {
        err() << QCoreApplication::translate("mig::wizard", "Cannot write %1").arg(dialogPath) << Qt::endl;
        ++m_failures;
    }
    dialog->accept(); // adds the stores as rows, as OK does
    processEventsUntil([&] { return !m_wizard.state().sources()->isBusy(); }, 60000);
    shoot(QStringLiteral("11-kopano-sources"));

    if (!next(MigrationWizard::Page_Preview) || !next(MigrationWizard::Page_Server))
        return 1;
    child<QLineEdit>(&m_wizard, "hostLineEdit")->setText(QStringLiteral("mail.example.org"));
    if (!next(MigrationWizard::Page_Directory) || !next(MigrationWizard::Page_Mapping))
        return 1;
    shoot(QStringLiteral("12-kopano-mapping"));
    m_wizard.hide();
    return m_failures == 0 ? 0 : 1;
}

} // namespace

int renderScreenshots(const QString &outputDir)
{
    // Rendering must neither read nor change the user's own settings and recent plans.
    QStandardPaths::setTestModeEnabled(true);
    if (!QDir().mkpath(outputDir)) {
        err() << QCoreApplication::translate("mig::wizard", "Cannot create %1").arg(outputDir) << Qt::endl;
        return 1;
    }
    const QString testData = findTestData();
    if (testData.isEmpty()) {
        err() << QCoreApplication::translate("mig::wizard",
                                             "The sample data was not found: set MIGRATE_TESTDATA to the shared "
                                             "testdata folder")
              << Qt::endl;
        return 1;
    }
    Renderer renderer(outputDir, testData);
    const int walked = renderer.run();
    Renderer kopano(outputDir, testData);
    return kopano.runKopano() == 0 ? walked : 1;
}

} // namespace mig::wizard

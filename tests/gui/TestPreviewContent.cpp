// What the preview's message view shows for the different kinds of items of the shared samples,
// checked against the engine's own reading of the same item: an attachment saved with "Save as…"
// is byte for byte the attachment, a message's 200 recipients are all listed, an appointment shows
// its start and end, a contact its names, and items a damaged copy no longer yields are listed as
// unreadable (red, with the reason) and show that reason instead of crashing. Calendar (.ics) and
// vCard (.vcf) files: an appointment with its recurrence in words, reminder and attendees, a task
// with its due date and status, a contact card with photo, addresses, phones and e-mails.
#include "TestEnvironment.h"
#include "WizardTestSupport.h"
#include "mapi/NamedValues.h"
#include "mapi/Tags.h"
#include "pages/PreviewPage.h"
#include "preview/FolderTreeModel.h"
#include "preview/MessageListModel.h"
#include "preview/MessageView.h"
#include "sources/Source.h"
#include "sources/calendar/RecurrenceText.h"

#include <QTextDocument>

#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

using mig::wizard::MessageListModel;
using mig::wizard::MigrationWizard;
using mig::wizard::PreviewPage;

namespace {

constexpr mig::mapi::PropTag kGivenName = 0x3A06001F;
constexpr mig::mapi::PropTag kSurname = 0x3A11001F;

/// The first readable item of path (in folder order) for which accept() holds, read by the engine.
struct Found {
    mig::sources::ItemRef ref;
    mig::mapi::Message message;
};
std::optional<Found> findItem(const QString &path, const std::function<bool(const mig::mapi::Message &)> &accept)
{
    auto source = mig::sources::openSourceFile(path);
    if (!source)
        return std::nullopt;
    auto folders = (*source)->folders();
    if (!folders)
        return std::nullopt;
    for (const mig::sources::SourceFolder &folder : std::as_const(*folders)) {
        auto refs = (*source)->items(folder.id, mig::sources::ItemKind::Normal);
        if (!refs)
            continue;
        for (const mig::sources::ItemRef &ref : std::as_const(*refs)) {
            if (!ref.readable)
                continue;
            auto message = (*source)->readMessage(ref);
            if (message && accept(*message))
                return Found{ref, std::move(*message)};
        }
    }
    return std::nullopt;
}

void clickIndex(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

} // namespace

class TestPreviewContent final : public QObject {
    Q_OBJECT

private:
    /// Opens path in the preview and selects the item ref; false when any step does not happen.
    bool showItem(MigrationWizard &wizard, const QString &path, const mig::sources::ItemRef &ref)
    {
        if (!mig::test::goToSources(wizard))
            return false;
        mig::test::clickAddFiles(wizard, {path});
        if (!QTest::qWaitFor([&] { return !wizard.state().sources()->isBusy(); }, 120000))
            return false;
        QTest::mouseClick(mig::test::nextButton(wizard), Qt::LeftButton);
        auto *page = qobject_cast<PreviewPage *>(wizard.currentPage());
        if (!page || !QTest::qWaitFor([&] { return page->folderModel()->rowCount() > 0; }, 60000))
            return false;
        clickIndex(mig::test::widget<QTreeView>(&wizard, QStringLiteral("folderTreeView")),
                   page->folderModel()->indexOf(ref.folderId));
        MessageListModel *messages = page->messageModel();
        if (!QTest::qWaitFor([&] { return !messages->isLoading() && messages->rowCount() > 0; }, 60000))
            return false;
        const int row = rowOf(*messages, ref);
        if (row < 0)
            return false;
        QSignalSpy shown(page->messageView(), &mig::wizard::MessageView::messageShown);
        clickIndex(mig::test::widget<QTableView>(&wizard, QStringLiteral("messageTableView")),
                   messages->index(row, MessageListModel::SubjectColumn));
        return shown.wait(30000) || !shown.isEmpty();
    }

    int rowOf(const MessageListModel &messages, const mig::sources::ItemRef &ref)
    {
        for (int row = 0; row < messages.rowCount(); ++row) {
            if (messages.itemRef(row).index == ref.index)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        MIG_REQUIRE_TESTDATA();
        mig::test::isolateSettings();
    }

    void cleanup() { mig::wizard::Prompts::clearAnswers(); }

    void savedAttachmentIsTheAttachment()
    {
        const QString path = mig::test::testDataPath(QStringLiteral("pst/libyal_outlook.pst"));
        auto found = findItem(path, [](const mig::mapi::Message &m) {
            return !m.attachments.isEmpty() && m.attachments.first().properties.contains(mig::mapi::PR_ATTACH_DATA_BIN);
        });
        QVERIFY(found);
        const QByteArray expected = *found->message.attachments.first().properties.binary(mig::mapi::PR_ATTACH_DATA_BIN);
        QVERIFY(expected.startsWith("\xFF\xD8")); // the sample's attachments are JPEG pictures

        MigrationWizard wizard;
        QVERIFY(showItem(wizard, path, found->ref));
        auto *attachments = mig::test::widget<QListWidget>(&wizard, QStringLiteral("attachmentsListWidget"));
        QCOMPARE(attachments->count(), int(found->message.attachments.size()));
        auto *save = mig::test::widget<QPushButton>(&wizard, QStringLiteral("saveAttachmentPushButton"));
        QVERIFY(!save->isEnabled());
        clickIndex(attachments, attachments->model()->index(0, 0));
        QVERIFY(save->isEnabled());

        QTemporaryDir out;
        const QString target = out.filePath(QStringLiteral("saved.jpg"));
        mig::wizard::Prompts::setNextAnswer(target);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(mig::wizard::Prompts::pendingAnswers(), 0);
        QFile saved(target);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), expected);
    }

    void everyRecipientIsListed()
    {
        const QString path = mig::test::testDataPath(QStringLiteral("pst/rubymsg_200_recipients.pst"));
        auto found = findItem(path, [](const mig::mapi::Message &m) { return m.recipients.size() >= 200; });
        QVERIFY(found);
        MigrationWizard wizard;
        QVERIFY(showItem(wizard, path, found->ref));
        auto *recipients = mig::test::widget<QListWidget>(&wizard, QStringLiteral("recipientsListWidget"));
        QCOMPARE(recipients->count(), int(found->message.recipients.size()));
        for (int i = 0; i < recipients->count(); ++i) {
            const QString name = found->message.recipients.at(i).string(mig::mapi::PR_DISPLAY_NAME).value_or(QString());
            QVERIFY2(recipients->item(i)->text().contains(name), qPrintable(recipients->item(i)->text()));
        }
    }

    void appointmentShowsItsTimes()
    {
        const QString path = mig::test::testDataPath(QStringLiteral("pst/gopst_32-bit.pst"));
        auto found = findItem(path, [](const mig::mapi::Message &m) {
            return m.properties.string(mig::mapi::PR_MESSAGE_CLASS).value_or(QString()).startsWith(QStringLiteral("IPM.Appointment"));
        });
        QVERIFY(found);
        MigrationWizard wizard;
        QVERIFY(showItem(wizard, path, found->ref));
        const QString text = mig::test::shownBodyText(wizard);
        QVERIFY2(text.contains(QStringLiteral("Start")) && text.contains(QStringLiteral("End")), qPrintable(text));
        const QString subject = found->message.properties.string(mig::mapi::PR_SUBJECT).value_or(QString());
        QVERIFY2(!subject.isEmpty() && text.contains(subject), qPrintable(text));
    }

    void contactShowsItsNames()
    {
        const QString path = mig::test::testDataPath(QStringLiteral("pst/aspose_PersonalStorageFile1.pst"));
        auto found = findItem(path, [](const mig::mapi::Message &m) {
            return m.properties.string(mig::mapi::PR_MESSAGE_CLASS).value_or(QString()).startsWith(QStringLiteral("IPM.Contact"))
                   && m.properties.contains(kGivenName) && m.properties.contains(kSurname);
        });
        QVERIFY(found);
        MigrationWizard wizard;
        QVERIFY(showItem(wizard, path, found->ref));
        const QString text = mig::test::shownBodyText(wizard);
        QVERIFY2(text.contains(*found->message.properties.string(kGivenName)), qPrintable(text));
        QVERIFY2(text.contains(*found->message.properties.string(kSurname)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Surname")), qPrintable(text));
    }

    void calendarFileShowsAppointmentDetails_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("shown");
        QTest::newRow("series with a moved instance") << QStringLiteral("ics/icaljs_recur_instances.ics")
                                                      << QStringList { QStringLiteral("Recurrence"), QStringLiteral("every") };
        QTest::newRow("reminder") << QStringLiteral("ics/icalendar_alarm_thunderbird_future.ics")
                                  << QStringList { QStringLiteral("Reminder"), QStringLiteral("before") };
        QTest::newRow("meeting request") << QStringLiteral("ics/gromox_gxl-475.ics")
                                         << QStringList { QStringLiteral("Attendees"), QStringLiteral("Recurrence") };
    }

    void calendarFileShowsAppointmentDetails()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, shown);
        const QString path = mig::test::testDataPath(file);
        auto found = findItem(path, [](const mig::mapi::Message &) { return true; });
        QVERIFY(found);
        MigrationWizard wizard;
        QVERIFY(showItem(wizard, path, found->ref));
        const QString text = mig::test::shownBodyText(wizard);
        QVERIFY2(text.contains(QStringLiteral("Start")) && text.contains(QStringLiteral("End")), qPrintable(text));
        const QString subject = found->message.properties.string(mig::mapi::PR_SUBJECT).value_or(QString());
        QVERIFY2(text.contains(subject), qPrintable(text));
        for (const QString &words : shown)
            QVERIFY2(text.contains(words), qPrintable(text));
        if (text.contains(QStringLiteral("Recurrence"))) {
            // The words come from our own blob, decoded back.
            const mig::mapi::PropValue *blob = mig::mapi::namedValue(
                found->message, mig::mapi::appointmentLid(0x8216), mig::mapi::PT_BINARY);
            QVERIFY(blob);
            const QString words = mig::calendar::recurrenceText(std::get<QByteArray>(*blob));
            QVERIFY(!words.isEmpty());
            QVERIFY2(text.contains(words), qPrintable(text + QStringLiteral(" / ") + words));
        }
        auto *recipients = mig::test::widget<QListWidget>(&wizard, QStringLiteral("recipientsListWidget"));
        QCOMPARE(recipients->count(), int(found->message.recipients.size()));
    }

    void calendarFileShowsTask()
    {
        const QString path = mig::test::testDataPath(QStringLiteral("ics/ical4j_rfc5545-sec3.6.2.ics"));
        auto found = findItem(path, [](const mig::mapi::Message &m) {
            return m.properties.string(mig::mapi::PR_MESSAGE_CLASS) == QStringLiteral("IPM.Task");
        });
        QVERIFY(found);
        MigrationWizard wizard;
        QVERIFY(showItem(wizard, path, found->ref));
        const QString text = mig::test::shownBodyText(wizard);
        QVERIFY2(text.contains(QStringLiteral("Due")) && text.contains(QStringLiteral("Status")), qPrintable(text));
    }

    void vcardShowsContactCard()
    {
        const QString path = mig::test::testDataPath(QStringLiteral("vcf/ezvcard_John_Doe_IPHONE.vcf"));
        auto found = findItem(path, [](const mig::mapi::Message &) { return true; });
        QVERIFY(found);
        MigrationWizard wizard;
        QVERIFY(showItem(wizard, path, found->ref));
        const QString text = mig::test::shownBodyText(wizard);
        for (const QString &label : { QStringLiteral("Given name"), QStringLiteral("Surname"), QStringLiteral("E-mail"),
                 QStringLiteral("address"), QStringLiteral("phone") })
            QVERIFY2(text.contains(label), qPrintable(text));
        QVERIFY2(text.contains(*found->message.properties.string(kGivenName)), qPrintable(text));
        auto *page = qobject_cast<PreviewPage *>(wizard.currentPage());
        QVERIFY(page);
        QVERIFY(page->messageView()->photoShown());
        auto *browser = mig::test::widget<mig::wizard::SafeTextBrowser>(&wizard, QStringLiteral("bodyTextBrowser"));
        QCOMPARE(browser->refusedResources(), 0); // the photo came from the item, nothing was fetched
        const QVariant image = browser->document()->resource(
            QTextDocument::ImageResource, QUrl(QStringLiteral("mig-contact-photo:current")));
        QVERIFY(!image.value<QImage>().isNull());
    }

    void unreadableItemsAreListedAsSuch()
    {
        // A copy of a real PST with 30000 bytes overwritten in the middle: the tree survives, some
        // items do not (the same damage TestInspectCommand counts).
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("damaged.pst"));
        QVERIFY(QFile::copy(mig::test::testDataPath(QStringLiteral("pst/aspose_Outlook.pst")), copy));
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadWrite) && file.seek(100000));
        QCOMPARE(file.write(QByteArray(30000, 'Z')), qint64(30000));
        file.close();
        file.setPermissions(QFile::ReadOwner); // the preview opens sources read-only

        auto source = mig::sources::openSourceFile(copy);
        QVERIFY(source);
        auto folders = (*source)->folders();
        QVERIFY(folders);
        std::optional<mig::sources::ItemRef> broken;
        for (const mig::sources::SourceFolder &folder : std::as_const(*folders)) {
            auto refs = (*source)->items(folder.id, mig::sources::ItemKind::Normal);
            for (const mig::sources::ItemRef &ref : refs ? *refs : QList<mig::sources::ItemRef>{}) {
                // Unreadable in the contents table already, or when its properties are read.
                if (!broken && (!ref.readable || !(*source)->readSummary(ref)))
                    broken = ref;
            }
        }
        QVERIFY(broken);

        MigrationWizard wizard;
        QVERIFY(mig::test::goToSources(wizard));
        mig::test::clickAddFiles(wizard, {copy});
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.state().sources()->isBusy(), 60000);
        QTest::mouseClick(mig::test::nextButton(wizard), Qt::LeftButton);
        auto *page = qobject_cast<PreviewPage *>(wizard.currentPage());
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->folderModel()->rowCount() > 0, 60000);
        clickIndex(mig::test::widget<QTreeView>(&wizard, QStringLiteral("folderTreeView")),
                   page->folderModel()->indexOf(broken->folderId));
        MessageListModel *messages = page->messageModel();
        QTRY_VERIFY_WITH_TIMEOUT(!messages->isLoading() && messages->rowCount() > 0, 60000);
        const int row = rowOf(*messages, *broken);
        QVERIFY(row >= 0);
        const QModelIndex subject = messages->index(row, MessageListModel::SubjectColumn);
        QVERIFY2(subject.data().toString().startsWith(QStringLiteral("(unreadable item:")), qPrintable(subject.data().toString()));
        QCOMPARE(subject.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(Qt::red));

        QSignalSpy shown(page->messageView(), &mig::wizard::MessageView::messageShown);
        clickIndex(mig::test::widget<QTableView>(&wizard, QStringLiteral("messageTableView")), subject);
        QVERIFY(shown.wait(30000) || !shown.isEmpty());
        QVERIFY(page->messageView()->subject().isEmpty());
        // The reason, as the engine gives it, in place of the subject.
        auto readError = (*source)->readMessage(*broken);
        QVERIFY(!readError);
        const QString said = mig::test::widget<QLabel>(&wizard, QStringLiteral("subjectLabel"))->text();
        QVERIFY2(said.startsWith(QStringLiteral("This item cannot be read: ")), qPrintable(said));
        QVERIFY2(said.contains(broken->readable ? readError.error().message : broken->problem), qPrintable(said));
    }
};

QTEST_MAIN(TestPreviewContent)
#include "TestPreviewContent.moc"

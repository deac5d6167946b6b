// A calendar and an address book in the wizard (issue 16): one .ics and one .vcf added together
// on the Sources page are inspected with the engine's counts, and the Preview shows, in the real
// widgets, an appointment (when, where, the recurrence in words, attendees, reminder) and a
// contact card (name, photo, addresses, phones, e-mails). Every expected value is read from the
// engine's own conversion of the same item.
#include "TestEnvironment.h"
#include "WizardTestSupport.h"
#include "mapi/NamedValues.h"
#include "mapi/Tags.h"
#include "pages/PreviewPage.h"
#include "preview/FolderTreeModel.h"
#include "preview/MessageListModel.h"
#include "preview/MessageView.h"
#include "sources/Source.h"
#include "sources/SourceRegistry.h"
#include "sources/calendar/RecurrenceText.h"

#include <QComboBox>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTreeView>

using mig::wizard::MessageListModel;
using mig::wizard::MigrationWizard;
using mig::wizard::PreviewPage;
using mig::wizard::SourceListModel;

namespace {

using namespace mig::mapi;

// PSETID_Appointment / PSETID_Common / PSETID_Address LIDs (MS-OXPROPS) the checks read.
constexpr quint32 kAppointmentStartWhole = 0x820D;
constexpr quint32 kAppointmentEndWhole = 0x820E;
constexpr quint32 kLocation = 0x8208;
constexpr quint32 kAppointmentRecur = 0x8216;
constexpr quint32 kReminderDelta = 0x8501;
constexpr quint32 kEmail1Address = 0x8083;
constexpr PropTag kGivenName = 0x3A06001F;
constexpr PropTag kSurname = 0x3A11001F;
constexpr PropTag kPhones[] = {0x3A08001F, 0x3A09001F, 0x3A1C001F, 0x3A21001F, 0x3A24001F, 0x3A25001F};
constexpr PropTag kHomeStreet = 0x3A5D001F;
constexpr PropTag kHomeCity = 0x3A59001F;

struct Found {
    mig::sources::ItemRef ref;
    Message message;
    int items = 0; ///< all items of the source, as the Sources page should count them
};

/// The first readable item of path for which accept() holds, read by the engine.
std::optional<Found> findItem(const QString &path, const std::function<bool(const Message &)> &accept)
{
    auto source = mig::sources::openSourceFile(path);
    if (!source)
        return std::nullopt;
    auto folders = (*source)->folders();
    if (!folders)
        return std::nullopt;
    std::optional<Found> found;
    int items = 0;
    for (const mig::sources::SourceFolder &folder : std::as_const(*folders)) {
        items += folder.itemCount;
        auto refs = (*source)->items(folder.id, mig::sources::ItemKind::Normal);
        for (const mig::sources::ItemRef &ref : refs ? *refs : QList<mig::sources::ItemRef>{}) {
            if (found || !ref.readable)
                continue;
            auto message = (*source)->readMessage(ref);
            if (message && accept(*message))
                found = Found{ref, std::move(*message)};
        }
    }
    if (found)
        found->items = items;
    return found;
}

const PropValue *named(const Message &m, const PropertyName &name, quint16 type) { return namedValue(m, name, type); }

QString namedText(const Message &m, const PropertyName &name)
{
    const PropValue *v = named(m, name, PT_UNICODE);
    return v ? std::get<QString>(*v) : QString();
}

/// How the preview writes a PT_SYSTIME value: local time, the locale's long format.
QString shownTime(const Message &m, quint32 lid)
{
    const PropValue *v = named(m, appointmentLid(lid), PT_SYSTIME);
    if (!v)
        return QStringLiteral("(missing)");
    const qint64 unix = std::get<qint64>(*v) / 10000000 - 11644473600LL;
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(unix, Qt::UTC).toLocalTime(), QLocale::LongFormat);
}

void clickIndex(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

} // namespace

class TestCalendarContactsInWizard final : public QObject {
    Q_OBJECT

private:
    /// On the Preview page: picks source number `source` in the combo box, its folder of ref and
    /// the item ref; false when any step does not happen.
    bool showItem(MigrationWizard &wizard, int source, const mig::sources::ItemRef &ref)
    {
        auto *page = qobject_cast<PreviewPage *>(wizard.currentPage());
        auto *combo = mig::test::widget<QComboBox>(&wizard, QStringLiteral("sourceComboBox"));
        if (!page || !combo)
            return false;
        combo->setCurrentIndex(source);
        if (!QTest::qWaitFor([&] { return page->folderModel()->indexOf(ref.folderId).isValid(); }, 60000))
            return false;
        clickIndex(mig::test::widget<QTreeView>(&wizard, QStringLiteral("folderTreeView")),
                   page->folderModel()->indexOf(ref.folderId));
        MessageListModel *messages = page->messageModel();
        if (!QTest::qWaitFor([&] { return !messages->isLoading() && messages->rowCount() > 0; }, 60000))
            return false;
        int row = -1;
        for (int r = 0; r < messages->rowCount(); ++r) {
            if (messages->itemRef(r).index == ref.index)
                row = r;
        }
        if (row < 0)
            return false;
        QSignalSpy shown(page->messageView(), &mig::wizard::MessageView::messageShown);
        clickIndex(mig::test::widget<QTableView>(&wizard, QStringLiteral("messageTableView")),
                   messages->index(row, MessageListModel::SubjectColumn));
        return shown.wait(30000) || !shown.isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        MIG_REQUIRE_TESTDATA();
        mig::test::isolateSettings();
    }

    void cleanup() { mig::wizard::Prompts::clearAnswers(); }

    void calendarAndAddressBookThroughSourcesAndPreview()
    {
        const QString ics = mig::test::testDataPath(QStringLiteral("ics/icaljs_recur_instances.ics"));
        const QString vcf = mig::test::testDataPath(QStringLiteral("vcf/ezvcard_John_Doe_IPHONE.vcf"));
        // The series: recurring, with a location, attendees and a reminder.
        auto series = findItem(ics, [](const Message &m) {
            return named(m, appointmentLid(kAppointmentRecur), PT_BINARY) && !m.recipients.isEmpty();
        });
        QVERIFY(series);
        auto card = findItem(vcf, [](const Message &m) {
            return m.properties.string(PR_MESSAGE_CLASS) == QStringLiteral("IPM.Contact");
        });
        QVERIFY(card);

        MigrationWizard wizard;
        QVERIFY(mig::test::goToSources(wizard));
        mig::test::clickAddFiles(wizard, {ics, vcf});
        SourceListModel *model = wizard.state().sources();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy(), 60000);
        const QLocale locale;
        QCOMPARE(model->index(0, SourceListModel::FormatColumn).data().toString(), QStringLiteral("ICS"));
        QCOMPARE(model->index(0, SourceListModel::ItemsColumn).data().toString(), locale.toString(series->items));
        QCOMPARE(model->index(1, SourceListModel::FormatColumn).data().toString(), QStringLiteral("VCF"));
        QCOMPARE(model->index(1, SourceListModel::ItemsColumn).data().toString(), locale.toString(card->items));
        QVERIFY(mig::test::nextButton(wizard)->isEnabled());
        QTest::mouseClick(mig::test::nextButton(wizard), Qt::LeftButton);
        auto *page = qobject_cast<PreviewPage *>(wizard.currentPage());
        QVERIFY(page);
        QCOMPARE(mig::test::widget<QComboBox>(&wizard, QStringLiteral("sourceComboBox"))->count(), 2);

        // The appointment.
        QVERIFY(showItem(wizard, 0, series->ref));
        QCOMPARE(page->messageView()->subject(), *series->message.properties.string(PR_SUBJECT));
        const QString appointment = mig::test::shownBodyText(wizard);
        const QString location = namedText(series->message, appointmentLid(kLocation));
        QCOMPARE(location, QStringLiteral("PLACE")); // LOCATION of the sample
        const PropValue *reminder = named(series->message, commonLid(kReminderDelta), PT_LONG);
        QVERIFY(reminder);
        const QString words = mig::calendar::recurrenceText(
            std::get<QByteArray>(*named(series->message, appointmentLid(kAppointmentRecur), PT_BINARY)));
        QVERIFY(words.startsWith(QStringLiteral("every")));
        const QStringList expected = {
            QStringLiteral("Start"), shownTime(series->message, kAppointmentStartWhole),
            QStringLiteral("End"), shownTime(series->message, kAppointmentEndWhole),
            QStringLiteral("Location"), location,
            QStringLiteral("Recurrence"), words,
            QStringLiteral("Reminder"), QCoreApplication::translate("mig::wizard", "%n minute(s) before", nullptr, std::get<qint32>(*reminder)),
            QStringLiteral("Attendees"),
        };
        for (const QString &part : expected)
            QVERIFY2(appointment.contains(part), qPrintable(part + QStringLiteral(" not in: ") + appointment));
        auto *recipients = mig::test::widget<QListWidget>(&wizard, QStringLiteral("recipientsListWidget"));
        QCOMPARE(recipients->count(), int(series->message.recipients.size()));
        for (int i = 0; i < recipients->count(); ++i) {
            const QString name = series->message.recipients.at(i).string(PR_DISPLAY_NAME).value_or(QString());
            QVERIFY2(recipients->item(i)->text().contains(name), qPrintable(recipients->item(i)->text()));
        }

        // The contact card.
        QVERIFY(showItem(wizard, 1, card->ref));
        const Message &contact = card->message;
        const QString text = mig::test::shownBodyText(wizard);
        QStringList values = {*contact.properties.string(kGivenName), *contact.properties.string(kSurname),
                              namedText(contact, addressLid(kEmail1Address)),
                              *contact.properties.string(kHomeStreet), *contact.properties.string(kHomeCity)};
        for (const PropTag phone : kPhones) {
            if (const auto number = contact.properties.string(phone))
                values.append(*number);
        }
        QCOMPARE(values.size(), 11);
        QCOMPARE(values.at(2), QStringLiteral("john.doe@ibm.com"));
        for (const QString &value : std::as_const(values))
            QVERIFY2(!value.isEmpty() && text.contains(value), qPrintable(value + QStringLiteral(" not in: ") + text));
        for (const QString &label : {QStringLiteral("Given name"), QStringLiteral("Surname"), QStringLiteral("E-mail"),
                                     QStringLiteral("Home address"), QStringLiteral("Business address"),
                                     QStringLiteral("Mobile phone")})
            QVERIFY2(text.contains(label), qPrintable(label + QStringLiteral(" not in: ") + text));
        QVERIFY(page->messageView()->photoShown());
        auto *browser = mig::test::widget<mig::wizard::SafeTextBrowser>(&wizard, QStringLiteral("bodyTextBrowser"));
        const QImage photo = browser->document()
                                 ->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("mig-contact-photo:current")))
                                 .value<QImage>();
        QVERIFY(!photo.isNull());
        QCOMPARE(browser->refusedResources(), 0); // the photo came from the card, nothing was fetched
    }

    // A contact group (vCard 4 KIND:group) is shown as a distribution list with its members.
    void contactGroupShowsItsMembers()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("team.vcf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:group\r\nFN:Team\r\nMEMBER:urn:uuid:a1\r\n"
                "MEMBER:mailto:carol@example.org\r\nEND:VCARD\r\n"
                "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Alice Example\r\nUID:urn:uuid:a1\r\nEMAIL:alice@example.org\r\n"
                "END:VCARD\r\n");
        f.close();
        auto group = findItem(path, [](const Message &m) {
            return m.properties.string(PR_MESSAGE_CLASS) == QStringLiteral("IPM.DistList");
        });
        QVERIFY(group);
        MigrationWizard wizard;
        QVERIFY(mig::test::goToSources(wizard));
        mig::test::clickAddFiles(wizard, {path});
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.state().sources()->isBusy(), 60000);
        QTest::mouseClick(mig::test::nextButton(wizard), Qt::LeftButton);
        QVERIFY(showItem(wizard, 0, group->ref));
        const QString text = mig::test::shownBodyText(wizard);
        QVERIFY2(text.contains(QStringLiteral("File as\nTeam")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Members")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Alice Example <alice@example.org>; carol@example.org")), qPrintable(text));
    }
};

QTEST_MAIN(TestCalendarContactsInWizard)
#include "TestCalendarContactsInWizard.moc"

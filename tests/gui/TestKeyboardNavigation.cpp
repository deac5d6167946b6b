// Keyboard use and accessibility of every page: each interactive widget has an objectName (tests,
// screen readers), each mnemonic label has a buddy, each form field has a label pointing at it,
// and Tab reaches every enabled field of a page; no two controls of a page share a mnemonic (Alt+
// letter), in English and in German; the wizard itself goes on with Alt+N.
#include "TestEnvironment.h"
#include "WizardTestSupport.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLibraryInfo>
#include <QTranslator>
#include <QPlainTextEdit>
#include <QSet>
#include <QTextEdit>

using mig::wizard::MigrationWizard;

namespace {

bool isInteractive(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
           || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
           || qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QTextEdit *>(widget)
           || qobject_cast<const QPlainTextEdit *>(widget);
}

/// The interactive widgets of page a user deals with: not the parts of composite widgets (a spin
/// box's line edit, a table's header and corner button).
QList<QWidget *> interactiveWidgets(QWidget *page)
{
    QList<QWidget *> found;
    const QList<QWidget *> all = page->findChildren<QWidget *>();
    for (QWidget *widget : all) {
        if (!isInteractive(widget))
            continue;
        bool part = false;
        for (QWidget *up = widget->parentWidget(); up && up != page; up = up->parentWidget())
            part = part || isInteractive(up);
        if (!part)
            found.append(widget);
    }
    return found;
}

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}


/// Widgets of a form row's field: the widget itself, or every widget in its layout.
QList<QWidget *> fieldWidgets(QLayoutItem *item)
{
    if (!item)
        return {};
    if (item->widget())
        return {item->widget()};
    QList<QWidget *> widgets;
    if (QLayout *layout = item->layout()) {
        for (int i = 0; i < layout->count(); ++i)
            widgets += fieldWidgets(layout->itemAt(i));
    }
    return widgets;
}

/// The mnemonic letter of text ("S&top" -> 't'), or a null QChar.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) != QLatin1Char('&'))
                return text.at(i + 1).toLower();
            ++i;
        }
    }
    return {};
}

} // namespace

class TestKeyboardNavigation final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { mig::test::isolateSettings(); }

    void everyPage_data()
    {
        QTest::addColumn<int>("pageId");
        const QMetaEnum pages = QMetaEnum::fromType<MigrationWizard::PageId>();
        for (int i = 0; i < pages.keyCount(); ++i)
            QTest::newRow(pages.key(i)) << pages.value(i);
    }

    void everyPage()
    {
        QFETCH(int, pageId);
        QTemporaryDir work;
        MigrationWizard wizard;
        wizard.state().dryRun = true; // the run page runs an empty plan, locally
        wizard.state().runDir = work.filePath(QStringLiteral("run"));
        wizard.setStartId(pageId);
        wizard.show();
        wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QCOMPARE(wizard.currentId(), pageId);
        QWizardPage *page = wizard.currentPage();

        const QList<QWidget *> widgets = interactiveWidgets(page);
        QVERIFY(!widgets.isEmpty());
        QSet<QString> names;
        for (QWidget *widget : widgets) {
            QVERIFY2(!widget->objectName().isEmpty(), qPrintable(describe(widget) + QStringLiteral(" has no objectName")));
            QVERIFY2(!names.contains(widget->objectName()), qPrintable(describe(widget) + QStringLiteral(" twice")));
            names.insert(widget->objectName());
        }

        const QList<QLabel *> labels = page->findChildren<QLabel *>();
        for (QLabel *label : labels) {
            if (!mnemonicOf(label->text()).isNull())
                QVERIFY2(label->buddy(), qPrintable(QStringLiteral("label \"%1\" has a mnemonic but no buddy").arg(label->text())));
        }
        const QList<QFormLayout *> forms = page->findChildren<QFormLayout *>();
        for (QFormLayout *form : forms) {
            for (int row = 0; row < form->rowCount(); ++row) {
                QLayoutItem *labelItem = form->itemAt(row, QFormLayout::LabelRole);
                const QList<QWidget *> fields = fieldWidgets(form->itemAt(row, QFormLayout::FieldRole));
                auto *label = labelItem ? qobject_cast<QLabel *>(labelItem->widget()) : nullptr;
                if (!label || label->text().isEmpty())
                    continue; // a check box row names itself
                const bool inputs = std::any_of(fields.cbegin(), fields.cend(), [](QWidget *w) {
                    return qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w);
                });
                if (inputs)
                    QVERIFY2(label->buddy() && fields.contains(label->buddy()),
                             qPrintable(QStringLiteral("form label \"%1\" does not point at its field").arg(label->text())));
            }
        }

        // Tab goes round every enabled, visible field of the page (and the wizard's buttons).
        QSet<QWidget *> reachable;
        for (QWidget *widget : widgets) {
            if (widget->isVisibleTo(&wizard) && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus))
                reachable.insert(widget);
        }
        QSet<QWidget *> visited;
        QWidget *first = nullptr;
        for (int step = 0; step < 200; ++step) {
            QWidget *focus = QApplication::focusWidget();
            if (!focus)
                break;
            for (QWidget *w = focus; w; w = w->parentWidget()) {
                if (reachable.contains(w))
                    visited.insert(w);
            }
            if (focus == first)
                break;
            if (!first)
                first = focus;
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        QVERIFY(!reachable.isEmpty());
        for (QWidget *widget : std::as_const(reachable))
            QVERIFY2(visited.contains(widget), qPrintable(describe(widget) + QStringLiteral(" is not reached with Tab")));
        qInfo("%s: %lld fields, %lld reached with Tab", page->metaObject()->className(), qint64(widgets.size()),
              qint64(visited.size()));
    }

    void mnemonicsAreUnique_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pageId");
        const QMetaEnum pages = QMetaEnum::fromType<MigrationWizard::PageId>();
        for (const char *language : {"en", "de"}) {
            for (int i = 0; i < pages.keyCount(); ++i)
                QTest::addRow("%s %s", language, pages.key(i)) << QString::fromLatin1(language) << pages.value(i);
        }
    }

    void mnemonicsAreUnique()
    {
        QFETCH(QString, language);
        QFETCH(int, pageId);
        // The translations as the application loads them: its own (embedded here too) and Qt's.
        QTranslator own;
        QTranslator qt;
        if (language != QStringLiteral("en")) {
            QVERIFY(own.load(QStringLiteral(MIG_QM_DIR "/grommunio-migrate_%1.qm").arg(language)));
            QCoreApplication::installTranslator(&own);
            if (qt.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(&qt);
        }
        QTemporaryDir work;
        {
            MigrationWizard wizard;
            wizard.state().dryRun = true;
            wizard.state().runDir = work.filePath(QStringLiteral("run"));
            wizard.setStartId(pageId);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            QHash<QChar, QString> owners;
            QStringList collisions;
            const QList<QWidget *> all = wizard.findChildren<QWidget *>();
            for (QWidget *widget : all) {
                if (!widget->isVisibleTo(&wizard))
                    continue;
                QString text;
                if (auto *button = qobject_cast<QAbstractButton *>(widget))
                    text = button->text();
                else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
                    text = label->text();
                const QChar letter = mnemonicOf(text);
                if (letter.isNull())
                    continue;
                if (owners.contains(letter))
                    collisions.append(QStringLiteral("Alt+%1 is both \"%2\" and \"%3\"").arg(letter, owners.value(letter), text));
                owners.insert(letter, text);
            }
            // Opened on this page, the wizard hides Back; reached by Next, it shows it.
            if (pageId != MigrationWizard::Page_Welcome && !wizard.button(QWizard::BackButton)->isVisible()) {
                const QString back = wizard.button(QWizard::BackButton)->text();
                if (const QChar letter = mnemonicOf(back); !letter.isNull() && owners.contains(letter))
                    collisions.append(QStringLiteral("Alt+%1 is both \"%2\" and \"%3\"").arg(letter, owners.value(letter), back));
            }
            QVERIFY2(collisions.isEmpty(), qPrintable(collisions.join(QStringLiteral("; "))));
        }
        QCoreApplication::removeTranslator(&own);
        QCoreApplication::removeTranslator(&qt);
    }

    void altNGoesToTheNextPage()
    {
        MigrationWizard wizard;
        wizard.show();
        wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Welcome));
        QTest::keyClick(wizard.windowHandle(), Qt::Key_N, Qt::AltModifier);
        // A mnemonic "animates" the click: the page changes a moment later.
        QTRY_COMPARE(wizard.currentId(), int(MigrationWizard::Page_Sources));
    }
};

QTEST_MAIN(TestKeyboardNavigation)
#include "TestKeyboardNavigation.moc"

#pragma once

// Helpers shared by the wizard's GUI tests: find widgets by objectName, add sources the way a
// user does (the file dialog answered through Prompts), and keep settings away from the user's.

#include "MigrationWizard.h"
#include "WizardState.h"
#include "models/SourceListModel.h"
#include "pages/RunPage.h"
#include "pages/ServerPage.h"
#include "preview/SafeTextBrowser.h"
#include "support/Prompts.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QtTest>

namespace mig::test {

/// Settings (recent plans, form values) go to a throwaway location and start empty.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

/// The widget of type T called name below root; fails the test when it is missing.
template <typename T>
T *widget(QWidget *root, const QString &name)
{
    T *found = root->findChild<T *>(name);
    if (!found)
        qWarning("widget %s not found", qPrintable(name));
    return found;
}

inline QAbstractButton *nextButton(wizard::MigrationWizard &wizard)
{
    return wizard.button(QWizard::NextButton);
}

/// Adds files on the sources page through its "Add files…" button and the (pre-answered) dialog.
inline void clickAddFiles(wizard::MigrationWizard &wizard, const QStringList &paths)
{
    wizard::Prompts::setNextAnswer(paths);
    QTest::mouseClick(widget<QAbstractButton>(&wizard, QStringLiteral("addFilesPushButton")), Qt::LeftButton);
}

/// Opens the wizard on the sources page.
inline bool goToSources(wizard::MigrationWizard &wizard)
{
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return false;
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    return wizard.currentId() == wizard::MigrationWizard::Page_Sources;
}

/// Replaces the text of the line edit called name below root by typing text into it.
inline void typeInto(QWidget *root, const QString &name, const QString &text)
{
    auto *edit = widget<QLineEdit>(root, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

/// Clicks "Test connection" on the server page (the current page), answers the unknown host key
/// question with trustHostKey and waits for the outcome: the result label's text; *ok is what
/// the page reported (false also when the test did not finish within a minute).
inline QString testServerConnection(wizard::MigrationWizard &wizard, bool trustHostKey, bool *ok)
{
    *ok = false;
    auto *page = qobject_cast<wizard::ServerPage *>(wizard.currentPage());
    if (!page)
        return QStringLiteral("not on the server page");
    QSignalSpy finished(page, &wizard::ServerPage::testFinished);
    wizard::Prompts::setNextAnswer(trustHostKey);
    QTest::mouseClick(widget<QAbstractButton>(&wizard, QStringLiteral("testConnectionPushButton")), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000))
        return QStringLiteral("the connection test did not finish");
    *ok = finished.first().first().toBool();
    return widget<QLabel>(&wizard, QStringLiteral("connectionResultLabel"))->text();
}

/// Adds sources on the sources page, waits for their inspection and clicks Next until the wizard is
/// on page (pages on the way need no input, except the server page: its host is filled in).
inline bool advanceWithSources(wizard::MigrationWizard &wizard, const QStringList &sources, int page)
{
    if (!goToSources(wizard))
        return false;
    clickAddFiles(wizard, sources);
    if (!QTest::qWaitFor([&] { return !wizard.state().sources()->isBusy(); }, 120000))
        return false;
    while (wizard.currentId() != page) {
        if (wizard.currentId() == wizard::MigrationWizard::Page_Server)
            typeInto(&wizard, QStringLiteral("hostLineEdit"), QStringLiteral("mail.example.org"));
        const int before = wizard.currentId();
        QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
        if (wizard.currentId() == before)
            return false;
    }
    return true;
}

/// The text the preview's body browser shows now (message body, appointment or contact card).
inline QString shownBodyText(wizard::MigrationWizard &wizard)
{
    return widget<wizard::SafeTextBrowser>(&wizard, QStringLiteral("bodyTextBrowser"))->toPlainText();
}

/// What the Server page's form takes for key file authentication.
struct KeyFileLogin {
    QString host;
    quint16 port = 22;
    QString user;
    QString keyFile;
    QString knownHosts;
};

/// Fills the Server page's form for key file authentication (the port typed as a user does).
inline void fillKeyFileLogin(wizard::MigrationWizard &wizard, const KeyFileLogin &login)
{
    // Key file authentication first: it enables the key file field.
    auto *auth = widget<QComboBox>(&wizard, QStringLiteral("authComboBox"));
    auth->setCurrentIndex(auth->findData(int(wizard::ServerPage::Auth::KeyFile)));
    typeInto(&wizard, QStringLiteral("hostLineEdit"), login.host);
    auto *port = widget<QSpinBox>(&wizard, QStringLiteral("portSpinBox"));
    port->selectAll();
    QTest::keyClicks(port, QString::number(login.port));
    typeInto(&wizard, QStringLiteral("userLineEdit"), login.user);
    typeInto(&wizard, QStringLiteral("keyFileLineEdit"), login.keyFile);
    typeInto(&wizard, QStringLiteral("knownHostsLineEdit"), login.knownHosts);
}

/// The Run page once its run has ended (within five minutes); nullptr when the wizard is not on
/// the Run page or the run did not end.
inline wizard::RunPage *finishedRunPage(wizard::MigrationWizard &wizard)
{
    if (wizard.currentId() != wizard::MigrationWizard::Page_Run)
        return nullptr;
    auto *page = qobject_cast<wizard::RunPage *>(wizard.currentPage());
    if (!page || !QTest::qWaitFor([page] { return page->isComplete(); }, 300000))
        return nullptr;
    return page;
}

} // namespace mig::test

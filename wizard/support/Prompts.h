#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

class QWidget;

namespace mig::transport {
struct HostKeyInfo;
}

namespace mig::wizard {

/// The only place the wizard opens modal dialogs (questions and file dialogs). Tests (and the
/// screenshot renderer) queue answers with setNextAnswer(); a queued answer is taken instead of
/// showing the dialog, so no test ever blocks on a modal window. GUI thread only.
class Prompts final {
    Q_DECLARE_TR_FUNCTIONS(mig::wizard::Prompts)

public:
    Prompts() = delete;

    /// Queues the answer for the next prompt: a bool for question(), a QString for the file and
    /// folder dialogs and password() (empty = the user cancelled), a QStringList for openFileNames().
    static void setNextAnswer(const QVariant &answer);
    /// Drops answers no prompt consumed.
    static void clearAnswers();
    /// How many queued answers are left.
    static int pendingAnswers();
    /// The name filter of the last file dialog opened (answered from the queue or not), for tests.
    static QString lastFilter();

    /// Yes/No question; true for Yes.
    static bool question(QWidget *parent, const QString &title, const QString &text);
    /// A first connection's SSH host key, shown with its fingerprint for the user to compare:
    /// true when the user trusts it (it is then remembered in known_hosts). A question() answer.
    static bool trustHostKey(QWidget *parent, const transport::HostKeyInfo &key);
    /// An error or notice the user acknowledges.
    static void information(QWidget *parent, const QString &title, const QString &text);
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    static QStringList openFileNames(QWidget *parent, const QString &caption, const QString &filter);
    static QString existingDirectory(QWidget *parent, const QString &caption);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                const QString &filter);
    /// A password typed into a masked field; a null string when the user cancelled. Queued
    /// answer: a QString (an empty one means cancelled).
    static QString password(QWidget *parent, const QString &title, const QString &text);

private:
    static bool takeAnswer(QVariant *answer);
};

} // namespace mig::wizard

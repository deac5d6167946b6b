#include "support/Prompts.h"

#include "transport/SshSession.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

namespace mig::wizard {

namespace {

QString &lastFilterText()
{
    static QString text;
    return text;
}

QList<QVariant> &answers()
{
    static QList<QVariant> queue;
    return queue;
}

} // namespace

void Prompts::setNextAnswer(const QVariant &answer)
{
    answers().append(answer);
}

void Prompts::clearAnswers()
{
    answers().clear();
}

int Prompts::pendingAnswers()
{
    return int(answers().size());
}

bool Prompts::takeAnswer(QVariant *answer)
{
    if (answers().isEmpty())
        return false;
    *answer = answers().takeFirst();
    return true;
}


bool Prompts::trustHostKey(QWidget *parent, const transport::HostKeyInfo &key)
{
    return question(parent, tr("Unknown host key"),
                    tr("This is the first connection to %1 (port %2). Its %3 host key has the fingerprint\n\n"
                       "%4\n\nCompare it with the server's own (ssh-keygen -lf on the server). "
                       "Trust this key and remember it?")
                        .arg(key.host)
                        .arg(key.port)
                        .arg(key.keyType, key.fingerprint));
}

bool Prompts::question(QWidget *parent, const QString &title, const QString &text)
{
    QVariant answer;
    if (takeAnswer(&answer))
        return answer.toBool();
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
           == QMessageBox::Yes;
}

void Prompts::information(QWidget *parent, const QString &title, const QString &text)
{
    QVariant answer;
    if (takeAnswer(&answer))
        return;
    QMessageBox::information(parent, title, text);
}

QString Prompts::lastFilter()
{
    return lastFilterText();
}

QString Prompts::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    lastFilterText() = filter;
    QVariant answer;
    if (takeAnswer(&answer))
        return answer.toString();
    return QFileDialog::getOpenFileName(parent, caption, {}, filter);
}

QStringList Prompts::openFileNames(QWidget *parent, const QString &caption, const QString &filter)
{
    lastFilterText() = filter;
    QVariant answer;
    if (takeAnswer(&answer))
        return answer.toStringList();
    return QFileDialog::getOpenFileNames(parent, caption, {}, filter);
}

QString Prompts::existingDirectory(QWidget *parent, const QString &caption)
{
    QVariant answer;
    if (takeAnswer(&answer))
        return answer.toString();
    return QFileDialog::getExistingDirectory(parent, caption);
}

QString Prompts::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                              const QString &filter)
{
    QVariant answer;
    if (takeAnswer(&answer))
        return answer.toString();
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString Prompts::password(QWidget *parent, const QString &title, const QString &text)
{
    QVariant answer;
    if (takeAnswer(&answer))
        return answer.toString().isEmpty() ? QString() : answer.toString();
    bool ok = false;
    const QString typed = QInputDialog::getText(parent, title, text, QLineEdit::Password, {}, &ok);
    return ok ? typed : QString();
}

} // namespace mig::wizard

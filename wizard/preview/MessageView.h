#pragma once

#include "preview/MessageRenderer.h"
#include "sources/Source.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace mig::wizard {

class PreviewSession;
class SafeTextBrowser;

/// Shows one message of the preview: headers (and appointment/contact details), the body in a
/// SafeTextBrowser, the recipients and the attachments (Save as…). The message is read and
/// rendered on the session's worker; a newer request supersedes an older one. GUI thread.
class MessageView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageView)

public:
    explicit MessageView(QWidget *parent = nullptr);

    void showItem(PreviewSession *session, const sources::ItemRef &ref);
    void clear();
    /// The subject of the message shown (empty while nothing or an unreadable item is shown).
    QString subject() const { return m_current.subject; }
    /// Whether a contact photo is shown above the details.
    bool photoShown() const { return m_photoShown; }

Q_SIGNALS:
    /// The requested message is displayed (or its error is).
    void messageShown();

private:
    void display(const RenderedMessage &message);
    void saveAttachment();

    quint64 m_generation = 0;
    RenderedMessage m_current;
    bool m_photoShown = false;
    QLabel *m_subjectLabel = nullptr;
    SafeTextBrowser *m_bodyTextBrowser = nullptr;
    QListWidget *m_recipientsListWidget = nullptr;
    QListWidget *m_attachmentsListWidget = nullptr;
    QPushButton *m_saveAttachmentPushButton = nullptr;
};

} // namespace mig::wizard

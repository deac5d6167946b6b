#include "preview/MessageView.h"

#include "core/OutputFile.h"
#include "preview/PreviewSession.h"
#include "preview/SafeTextBrowser.h"
#include "support/Prompts.h"

#include <QFile>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace mig::wizard {

namespace {

constexpr int kPhotoHeight = 96;

struct LoadedMessage {
    bool ok = false;
    RenderedMessage rendered;
    QString error;
};

/// The inside of <body> when the HTML is a whole document, so it can follow the header block.
QString bodyContent(const QString &html)
{
    static const QRegularExpression body(QStringLiteral("<body[^>]*>(.*)</body>"),
                                         QRegularExpression::CaseInsensitiveOption
                                             | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = body.match(html);
    return match.hasMatch() ? match.captured(1) : html;
}

} // namespace

MessageView::MessageView(QWidget *parent)
    : QWidget(parent)
{
    m_subjectLabel = new QLabel(this);
    m_subjectLabel->setObjectName(QStringLiteral("subjectLabel"));
    m_subjectLabel->setTextFormat(Qt::PlainText);
    m_subjectLabel->setWordWrap(true);
    QFont bold = m_subjectLabel->font();
    bold.setBold(true);
    m_subjectLabel->setFont(bold);

    m_bodyTextBrowser = new SafeTextBrowser(this);
    m_bodyTextBrowser->setObjectName(QStringLiteral("bodyTextBrowser"));

    auto *recipientsLabel = new QLabel(tr("Re&cipients:"), this);
    m_recipientsListWidget = new QListWidget(this);
    m_recipientsListWidget->setObjectName(QStringLiteral("recipientsListWidget"));
    recipientsLabel->setBuddy(m_recipientsListWidget);
    auto *attachmentsLabel = new QLabel(tr("A&ttachments:"), this);
    m_attachmentsListWidget = new QListWidget(this);
    m_attachmentsListWidget->setObjectName(QStringLiteral("attachmentsListWidget"));
    attachmentsLabel->setBuddy(m_attachmentsListWidget);
    m_saveAttachmentPushButton = new QPushButton(tr("Sa&ve as…"), this);
    m_saveAttachmentPushButton->setObjectName(QStringLiteral("saveAttachmentPushButton"));
    m_saveAttachmentPushButton->setEnabled(false);

    auto *lists = new QWidget(this);
    auto *grid = new QGridLayout(lists);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(recipientsLabel, 0, 0);
    grid->addWidget(attachmentsLabel, 0, 1);
    grid->addWidget(m_saveAttachmentPushButton, 0, 2, Qt::AlignRight);
    grid->addWidget(m_recipientsListWidget, 1, 0);
    grid->addWidget(m_attachmentsListWidget, 1, 1, 1, 2);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_bodyTextBrowser);
    splitter->addWidget(lists);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_subjectLabel);
    layout->addWidget(splitter, 1);

    connect(m_attachmentsListWidget, &QListWidget::currentRowChanged, this, [this](int row) {
        m_saveAttachmentPushButton->setEnabled(row >= 0 && row < m_current.attachments.size()
                                               && !m_current.attachments.at(row).embedded
                                               && !m_current.attachments.at(row).data.isEmpty());
    });
    connect(m_saveAttachmentPushButton, &QPushButton::clicked, this, &MessageView::saveAttachment);
}

void MessageView::clear()
{
    ++m_generation;
    display({});
}

void MessageView::showItem(PreviewSession *session, const sources::ItemRef &ref)
{
    const quint64 generation = ++m_generation;
    if (!session)
        return;
    m_subjectLabel->setText(tr("Loading…"));
    auto *watcher = new QFutureWatcher<LoadedMessage>(this);
    connect(watcher, &QFutureWatcher<LoadedMessage>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const LoadedMessage loaded = watcher->result();
        if (loaded.ok) {
            display(loaded.rendered);
        } else {
            display({});
            m_subjectLabel->setText(tr("This item cannot be read: %1").arg(loaded.error));
        }
        Q_EMIT messageShown();
    });
    watcher->setFuture(session->run([ref](sources::Source *source, const QString &openError) {
        LoadedMessage loaded;
        if (!source) {
            loaded.error = openError;
        } else if (!ref.readable) {
            loaded.error = ref.problem;
        } else if (Expected<mapi::Message> message = source->readMessage(ref); message) {
            loaded.rendered = renderMessage(*message);
            loaded.ok = true;
        } else {
            loaded.error = message.error().message;
        }
        return loaded;
    }));
}

void MessageView::display(const RenderedMessage &message)
{
    m_current = message;
    m_subjectLabel->setText(message.subject);
    QString html = message.headerHtml;
    if (!message.headerHtml.isEmpty())
        html += QStringLiteral("<hr/>");
    if (!message.bodyHtml.isEmpty())
        html += bodyContent(message.bodyHtml);
    else
        html += QStringLiteral("<pre style=\"white-space: pre-wrap\">%1</pre>").arg(message.bodyText.toHtmlEscaped());
    // A contact's photo is handed to the document as a resource (the browser loads nothing by
    // itself); decoded here, scaled to a card-sized thumbnail.
    const QUrl photoUrl(QStringLiteral("mig-contact-photo:current"));
    QImage photo;
    if (!message.contactPhoto.isEmpty() && photo.loadFromData(message.contactPhoto) && !photo.isNull()) {
        if (photo.height() > kPhotoHeight)
            photo = photo.scaledToHeight(kPhotoHeight, Qt::SmoothTransformation);
        html.prepend(QStringLiteral("<img src=\"%1\" alt=\"\"/>").arg(photoUrl.toString()));
    }
    m_bodyTextBrowser->resetRefusedResources();
    m_bodyTextBrowser->document()->clear(); // drops the previous photo, too
    if (!photo.isNull())
        m_bodyTextBrowser->document()->addResource(QTextDocument::ImageResource, photoUrl, photo);
    m_bodyTextBrowser->setHtml(html);
    m_photoShown = !photo.isNull();

    m_recipientsListWidget->clear();
    m_recipientsListWidget->addItems(message.recipients);
    m_attachmentsListWidget->clear();
    const QLocale locale;
    for (const AttachmentEntry &attachment : message.attachments) {
        const QString text = attachment.embedded
                                 ? tr("%1 (attached message)").arg(attachment.name)
                                 : QStringLiteral("%1 (%2)").arg(attachment.name, locale.formattedDataSize(attachment.size));
        m_attachmentsListWidget->addItem(text);
    }
    m_saveAttachmentPushButton->setEnabled(false);
}

void MessageView::saveAttachment()
{
    const int row = m_attachmentsListWidget->currentRow();
    if (row < 0 || row >= m_current.attachments.size())
        return;
    const AttachmentEntry &attachment = m_current.attachments.at(row);
    const QString path = Prompts::saveFileName(this, tr("Save attachment"), attachment.name, tr("All files (*)"));
    if (path.isEmpty())
        return;
    if (Expected<void> written = OutputFile::write(path, attachment.data); !written)
        Prompts::information(this, tr("Save attachment"), tr("Cannot write %1: %2").arg(path, written.error().detail));
}

} // namespace mig::wizard

#pragma once

#include "gxmt/ByteSink.h"
#include "gxmt/Writer.h"
#include "mapi/Tags.h"

#include <QBuffer>
#include <QByteArray>

namespace mig::test {

/// A small valid GXMT stream written by the project's own writer: one folder "Demo" below
/// IPM_SUBTREE holding `messages` messages (each with a body of bodyBytes bytes).
inline QByteArray demoStream(gxmt::Revision revision, int messages, int bodyBytes = 100)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    gxmt::DeviceSink sink(&buffer);
    gxmt::StreamHeader header;
    header.revision = revision;
    header.folderMap = {gxmt::FolderMapEntry{0x100, true, gxmt::FidIpmSubtree, QStringLiteral("Demo")}};
    gxmt::Writer writer(sink, header);
    mapi::Folder folder;
    folder.properties.set(mapi::PR_DISPLAY_NAME, QStringLiteral("Demo"));
    folder.properties.set(mapi::PR_CONTAINER_CLASS, QStringLiteral("IPF.Note"));
    if (!writer.writeFolder(0x100, 0, 0, folder))
        return {};
    for (int i = 0; i < messages; ++i) {
        mapi::Message message;
        message.properties.set(mapi::PR_MESSAGE_CLASS, QStringLiteral("IPM.Note"));
        message.properties.set(mapi::PR_SUBJECT, QStringLiteral("Message %1").arg(i));
        message.properties.set(mapi::PR_BODY, QString(bodyBytes, QLatin1Char('x')));
        message.hasRecipientTable = false;
        message.hasAttachmentTable = false;
        if (!writer.writeMessage(0x1000 + quint64(i), 0x100, message))
            return {};
    }
    return bytes;
}

} // namespace mig::test

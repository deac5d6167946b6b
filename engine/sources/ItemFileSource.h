#pragma once

#include "sources/Source.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mig::sources {

/// One folder below the root of an ItemFileSource ("Calendar", "Tasks", "Contacts", ...).
struct ItemFolderSpec {
    QString name;
    QString containerClass; ///< "IPF.Appointment", ...
    SpecialFolder role;     ///< what --splice maps it to (the mailbox's own Calendar, ...)
    bool alwaysListed = false; ///< listed even when empty (the main folder of the source)
};

/// The shared shell of sources made of files of small items (iCalendar and vCard files, or a
/// folder of them): a root holding a few fixed folders, each holding items that a subclass
/// converts on demand. The whole input is parsed when the source is opened; every item is then
/// converted once (validate()), so folders() knows how many items are unreadable and why, and
/// takeWarnings() lists what the conversions will leave out before the first item is read.
///
/// Ids: root 1, the n-th folder spec 2 + n, the n-th item 0x100 + n.
class ItemFileSource : public Source {
public:
    SourceInfo info() const override { return m_info; }
    Expected<QList<SourceFolder>> folders() override;
    Expected<mapi::Folder> readFolder(quint64 folderId) override;
    Expected<QList<ItemRef>> items(quint64 folderId, ItemKind kind) override;
    Expected<mapi::Message> readMessage(const ItemRef &ref) override;
    Expected<MessageSummary> readSummary(const ItemRef &ref) override;
    QHash<quint64, SpecialFolder> specialFolders() override;
    QStringList takeWarnings() override;

    /// The files a folder source reads: those directly in directory whose names match patterns
    /// (case-insensitive), sorted by name. Subfolders are not descended into.
    static QStringList memberFiles(const QString &directory, const QStringList &patterns);
    /// A probe by content for such kinds: 100 for a file that starts with signature (after a
    /// byte order mark and white space, case-insensitive), 1 for a file that only has a fitting
    /// name (so the kind reports what is wrong with it), 60 for a folder with at least one member
    /// file that starts with signature, else 0.
    static int probe(const QString &location, const QByteArray &signature, const QStringList &patterns);

protected:
    ItemFileSource(SourceInfo info, QList<ItemFolderSpec> folders);

    /// Converts item index (in the order of addItem()). Warnings about what was left out go to
    /// warnings, each naming file and item. Errors name file, item and reason.
    virtual Expected<mapi::Message> convertItem(qsizetype index, QStringList &warnings) = 0;

    /// Adds an item to folder (an index into the folder specs). An item with a problem is listed
    /// as unreadable with that reason and never converted.
    void addItem(int folder, const QString &problem = {});
    void addWarnings(const QStringList &warnings) { m_warnings += warnings; }
    /// Converts every item once after all were added: failures make them unreadable (with the
    /// error as the reason); warnings are kept for takeWarnings(); every converted item is shown
    /// to countContent() and its result becomes info().contents.
    void validate();
    /// Called by validate() for every item that converts: adds what it holds to counts (keys of
    /// contentKeys()), e.g. one to "appointments" and its exceptions to "exceptions".
    virtual void countContent(const mapi::Message &message, QHash<QString, qint64> &counts) const = 0;
    /// The text for people of count things of kind key ("12 appointment(s)").
    virtual QString contentText(const QString &key, qint64 count) const = 0;
    /// The keys in the order inspect lists them (zero counts are left out, except the first).
    virtual QStringList contentKeys() const = 0;

private:
    struct Item {
        int folder = 0;
        QString problem;
    };
    /// The item of ref, or an error naming the source when ref does not belong to it.
    Expected<qsizetype> itemIndex(const ItemRef &ref) const;
    bool isListed(int folder) const;

    SourceInfo m_info;
    QList<ItemFolderSpec> m_folders;
    QList<Item> m_items;
    QStringList m_warnings;
};

} // namespace mig::sources

#include "preview/SafeTextBrowser.h"

#include <QTextDocument>

namespace mig::wizard {

namespace {

/// QTextDocument::loadResource() falls back to reading local files and decoding data: URLs when
/// its parent returns nothing, so the refusal has to happen in the document itself.
class RefusingDocument final : public QTextDocument {
public:
    explicit RefusingDocument(QObject *parent)
        : QTextDocument(parent)
    {
    }

    int refused = 0;

protected:
    QVariant loadResource(int, const QUrl &) override
    {
        ++refused;
        return {};
    }
};

} // namespace

SafeTextBrowser::SafeTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setDocument(new RefusingDocument(this));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
}

QVariant SafeTextBrowser::loadResource(int, const QUrl &)
{
    return {};
}

int SafeTextBrowser::refusedResources() const
{
    const auto *doc = dynamic_cast<const RefusingDocument *>(document());
    return doc ? doc->refused : 0;
}

void SafeTextBrowser::resetRefusedResources()
{
    if (auto *doc = dynamic_cast<RefusingDocument *>(document()))
        doc->refused = 0;
}

} // namespace mig::wizard

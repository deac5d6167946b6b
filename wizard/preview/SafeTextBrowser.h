#pragma once

#include <QTextBrowser>

namespace mig::wizard {

/// A QTextBrowser for content from mail sources. Its document loads no resource at all: no remote
/// images, no local files, no style sheets, no data: URLs (tracking pixels and file probes stay
/// silent), and it follows no link. Qt's rich text engine runs no scripts. GUI thread.
class SafeTextBrowser final : public QTextBrowser {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeTextBrowser)

public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    /// Refuses, like the document does (reached only through QTextBrowser's own source handling).
    QVariant loadResource(int type, const QUrl &name) override;

    /// How many resources the shown content asked for (all refused), for the user and tests.
    int refusedResources() const;
    void resetRefusedResources();
};

} // namespace mig::wizard

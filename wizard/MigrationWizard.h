#pragma once

#include <QWizard>

namespace mig::wizard {

/// The step-by-step migration wizard. Pages share their state through the migration plan and
/// never do I/O on the GUI thread.
class MigrationWizard final : public QWizard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationWizard)

public:
    enum PageId {
        Page_Welcome,
    };

    explicit MigrationWizard(QWidget *parent = nullptr);
    ~MigrationWizard() override;
};

} // namespace mig::wizard

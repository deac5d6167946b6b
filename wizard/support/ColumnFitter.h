#pragma once

#include <QObject>
#include <QElapsedTimer>
#include <QTimer>

class QTableView;

namespace mig::wizard {

/// Keeps a table's columns fitted to their contents without stalling the GUI thread.
/// QHeaderView::ResizeToContents measures every row's text on every change; with a hundred
/// mailboxes updating their progress several times a second that alone took the GUI thread for
/// over 100 ms at a time (bench_gui_responsiveness). The fitter instead resizes when rows arrive
/// or change, at once if it has not for kIntervalMs and otherwise once at the end of that
/// interval (so the first rows look right immediately and a stream of updates costs one fit per
/// interval), measuring at most the rows a screen shows; one column stretches over the rest of
/// the width. Columns stay user-resizable in between.
class ColumnFitter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnFitter)

public:
    static constexpr int kIntervalMs = 400;

    /// Fits the columns of view (whose model is already set); stretchColumn takes the space left.
    ColumnFitter(QTableView *view, int stretchColumn);

    /// Fits now (e.g. after the model was reset by the page).
    void fit();

private:
    void schedule();

    QTableView *m_view;
    int m_stretchColumn;
    QTimer m_timer;
    QElapsedTimer m_sinceFit;
};

} // namespace mig::wizard

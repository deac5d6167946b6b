#pragma once

#include "core/Expected.h"
#include "gxmt/ByteSink.h"
#include "gxmt/Writer.h"
#include "kopano/RootPlacement.h"

#include <QIODevice>

#include <functional>

namespace mig::kopano {

/// What the relay has done so far.
struct RelayProgress {
    quint64 messagesSent = 0;    ///< message frames passed on in this run
    quint64 messagesSkipped = 0; ///< message frames a resumed run passed over (the stopped run sent them)
    quint64 folders = 0;         ///< folder frames passed on
    quint64 bytesIn = 0;         ///< stream bytes read from the producer
    quint64 bytesOut = 0;        ///< stream bytes written to the receiver
    QString folder;              ///< display name of the folder of the last frame (best effort)
};

struct RelayOptions {
    /// Message frames at the start of the stream that a stopped run has sent already: they are
    /// read and checked but not passed on. Folder and named-property frames always are, so the
    /// receiver still knows every folder the later messages go to.
    quint64 skipMessages = 0;
    /// Asked after every passed-on message frame: true ends the stream there (a clean stop).
    std::function<bool()> stopRequested;
    std::function<void(const RelayProgress &)> progress;
    /// An unspliced store's new top folder renamed and placed (an archive store under its chosen
    /// folder); the header is re-encoded only then, every frame still passes unchanged.
    RootPlacement root;
};

struct RelayResult {
    RelayProgress counts;
    bool stopped = false;         ///< ended by stopRequested, after counts.messagesSent + skipped messages
    gxmt::Revision revision = gxmt::Revision::V5;
    bool direct = false;  ///< not relayed: piped on the server (--direct), counts from the importer
    bool counted = true;  ///< false: the importer reported nothing to count messages by
};

/// Passes a GXMT stream from a producer (gromox-kdb2mt's output) to a receiver, frame by frame
/// through the project's strict reader: every frame is decoded and checked before its bytes go
/// on unchanged, so a broken producer fails here with the reader's "offset, frame: reason" and
/// the receiver never gets a torn frame. Memory: one frame at a time.
/// Errors: the reader's (Corrupt, NotFound for an empty input) or the sink's.
Expected<RelayResult> relayStream(QIODevice &input, gxmt::ByteSink &output, const RelayOptions &options);

} // namespace mig::kopano

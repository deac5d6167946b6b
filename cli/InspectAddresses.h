#pragma once

#include "addressing/AddressRewriter.h"
#include "cli/CommandContext.h"
#include "sources/Source.h"

namespace mig::cli {

/// `inspect --addresses`: reads every item of every folder (normal and associated) and lists the
/// distinct Exchange (EX) addresses with how often they occur, and what the rewriter would make of
/// each (the SMTP address, from the item itself or the map/directory, or "unresolved"), before any
/// conversion. Returns the exit code.
int printExchangeAddresses(sources::Source &source, const addressing::AddressRewriter &rewriter, bool json,
    CommandContext &ctx);

} // namespace mig::cli

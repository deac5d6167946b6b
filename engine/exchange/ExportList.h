#pragma once

#include "core/Expected.h"

#include <QList>
#include <QString>

namespace mig::exchange {

/// One Exchange mailbox to export, and the grommunio mailbox its PST goes to.
struct ExportEntry {
    QString mailbox; ///< what the Exchange Management Shell knows it by: alias, UPN or SMTP address
    QString target;  ///< the grommunio mailbox (SMTP address); also names the PST: "<target>.pst"

    QString pstFileName() const { return target + QStringLiteral(".pst"); }
};

/// Reads the list of mailboxes to export: a CSV (',' or ';', as spreadsheets save it) with one
/// mailbox per row, "exchange mailbox[,grommunio mailbox]". Without a second column the first
/// must be an SMTP address and is used for both. A header row ("mailbox", ...), blank rows and rows
/// starting with '#' are skipped. Errors name the file and the row: a target that is not an e-mail
/// address, the same target twice (two exports would write one PST), an empty list.
Expected<QList<ExportEntry>> readExportList(const QByteArray &csv, const QString &fileName);

} // namespace mig::exchange

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "reportdata.h"

namespace Vigil::Report {

// A chart image placed in the HTML (and so the PDF): `source` is what goes
// into <img src>: a data: URI for a standalone HTML file, a resource name
// for QTextDocument.
struct ChartImage {
    QString title;
    QString source;
};

// JSON, schema "vigil-health-report/1" (docs/REPORTS.md): a top-level
// object with generated_at, range, cluster, hosts, alerts, actions and
// ha_readiness. Values not reported by a host are null.
QByteArray toJson(const ReportData &data);

// One RFC 4180 table (CRLF line ends, quoted where needed) in long form:
// section, host, subject, item, value, unit, time, detail. Every text that
// came from a host is neutralised against spreadsheet formula injection.
QByteArray toCsv(const ReportData &data);

// A self-contained HTML document; everything from a host is escaped.
QString toHtml(const ReportData &data, const QList<ChartImage> &charts);

// One CSV field: quoted when it holds a comma, quote, CR or LF; a leading
// = + - @ TAB or CR gets a ' so spreadsheets show it as text.
QString csvField(const QString &value);

} // namespace Vigil::Report

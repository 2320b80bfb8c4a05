#include "pacemakerstatus.h"

#include <QCryptographicHash>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace Vigil::Ha {
namespace {

// Pacemaker's escaping of attribute values in the text it hashes.
QString escaped(QString value)
{
    value.replace(u'&', u"&amp;"_s);
    value.replace(u'<', u"&lt;"_s);
    value.replace(u'>', u"&gt;"_s);
    value.replace(u'"', u"&quot;"_s);
    return value;
}

// One entry of a resource's operation history on a node.
struct Operation {
    QString key;         // "start_0", "monitor_10000"
    QString task;        // start, monitor
    int intervalMs = 0;
    int rc = 0;          // 0 ok, 7 not running (a probe that found nothing)
    QMap<QString, QString> digested;
};

void writeOperation(QXmlStreamWriter &xml, const QString &resource, const Operation &op, int call)
{
    xml.writeEmptyElement(u"lrm_rsc_op"_s);
    // The last one-off operation is "_last_0"; a recurring one is named by its key.
    xml.writeAttribute(u"id"_s, resource + (op.intervalMs == 0 ? u"_last_0"_s : u'_' + op.key));
    xml.writeAttribute(u"operation_key"_s, resource + u'_' + op.key);
    xml.writeAttribute(u"operation"_s, op.task);
    xml.writeAttribute(u"crm-debug-origin"_s, u"vigil"_s);
    xml.writeAttribute(u"crm_feature_set"_s, u"3.16.1"_s);
    const QString key = QStringLiteral("%1:1:%2:vigil-export").arg(call).arg(op.rc);
    xml.writeAttribute(u"transition-key"_s, key);
    xml.writeAttribute(u"transition-magic"_s, QStringLiteral("0:%1;").arg(op.rc) + key);
    xml.writeAttribute(u"call-id"_s, QString::number(call));
    xml.writeAttribute(u"rc-code"_s, QString::number(op.rc));
    xml.writeAttribute(u"op-status"_s, u"0"_s);
    xml.writeAttribute(u"interval"_s, QString::number(op.intervalMs));
    xml.writeAttribute(u"exec-time"_s, u"0"_s);
    xml.writeAttribute(u"queue-time"_s, u"0"_s);
    xml.writeAttribute(u"op-digest"_s, operationDigest(op.digested));
}

void writeResource(QXmlStreamWriter &xml, const RunningResource &resource, const QList<Operation> &operations,
                   int &call)
{
    xml.writeStartElement(u"lrm_resource"_s);
    xml.writeAttribute(u"id"_s, resource.id);
    xml.writeAttribute(u"class"_s, resource.resourceClass);
    if (!resource.provider.isEmpty())
        xml.writeAttribute(u"provider"_s, resource.provider);
    xml.writeAttribute(u"type"_s, resource.type);
    for (const Operation &op : operations)
        writeOperation(xml, resource.id, op, ++call);
    xml.writeEndElement();
}

} // namespace

QString operationDigest(const QMap<QString, QString> &parameters)
{
    QString text = u" <parameters"_s;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)   // QMap: sorted by name
        text += u' ' + it.key() + u"=\""_s + escaped(it.value()) + u'"';
    text += u"/>\n"_s;
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Md5).toHex());
}

void writeStatusSection(QXmlStreamWriter &xml, const QList<StatusNode> &nodes)
{
    xml.writeStartElement(u"status"_s);
    for (const StatusNode &node : nodes) {
        xml.writeStartElement(u"node_state"_s);
        xml.writeAttribute(u"id"_s, node.id);
        xml.writeAttribute(u"uname"_s, node.name);
        xml.writeAttribute(u"in_ccm"_s, node.up ? u"true"_s : u"false"_s);
        xml.writeAttribute(u"crmd"_s, node.up ? u"online"_s : u"offline"_s);
        xml.writeAttribute(u"join"_s, node.up ? u"member"_s : u"down"_s);
        xml.writeAttribute(u"expected"_s, node.up ? u"member"_s : u"down"_s);
        xml.writeStartElement(u"lrm"_s);
        xml.writeAttribute(u"id"_s, node.id);
        xml.writeStartElement(u"lrm_resources"_s);
        int call = 0;
        for (const RunningResource &resource : node.running) {
            QList<Operation> operations{{u"start_0"_s, u"start"_s, 0, 0, resource.parameters}};
            if (resource.monitorIntervalMs > 0) {
                // A recurring operation's digest includes its timeout.
                QMap<QString, QString> digested = resource.parameters;
                digested.insert(u"CRM_meta_timeout"_s, QString::number(resource.monitorTimeoutMs));
                operations.append({QStringLiteral("monitor_%1").arg(resource.monitorIntervalMs), u"monitor"_s,
                                   resource.monitorIntervalMs, 0, digested});
            }
            writeResource(xml, resource, operations, call);
        }
        for (const RunningResource &resource : node.absent)
            writeResource(xml, resource, {{u"monitor_0"_s, u"monitor"_s, 0, 7, resource.parameters}}, call);
        xml.writeEndElement();   // lrm_resources
        xml.writeEndElement();   // lrm
        xml.writeEndElement();   // node_state
    }
    xml.writeEndElement();
}

} // namespace Vigil::Ha

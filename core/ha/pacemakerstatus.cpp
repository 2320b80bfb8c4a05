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

void writeStartOperation(QXmlStreamWriter &xml, const RunningResource &resource, int call)
{
    xml.writeEmptyElement(u"lrm_rsc_op"_s);
    xml.writeAttribute(u"id"_s, resource.id + u"_last_0"_s);
    xml.writeAttribute(u"operation_key"_s, resource.id + u"_start_0"_s);
    xml.writeAttribute(u"operation"_s, u"start"_s);
    xml.writeAttribute(u"crm-debug-origin"_s, u"vigil"_s);
    xml.writeAttribute(u"crm_feature_set"_s, u"3.16.1"_s);
    xml.writeAttribute(u"transition-key"_s, QStringLiteral("%1:1:0:vigil-export").arg(call));
    xml.writeAttribute(u"transition-magic"_s, QStringLiteral("0:0;%1:1:0:vigil-export").arg(call));
    xml.writeAttribute(u"call-id"_s, QString::number(call));
    xml.writeAttribute(u"rc-code"_s, u"0"_s);
    xml.writeAttribute(u"op-status"_s, u"0"_s);
    xml.writeAttribute(u"interval"_s, u"0"_s);
    xml.writeAttribute(u"exec-time"_s, u"0"_s);
    xml.writeAttribute(u"queue-time"_s, u"0"_s);
    xml.writeAttribute(u"op-digest"_s, operationDigest(resource.parameters));
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
            xml.writeStartElement(u"lrm_resource"_s);
            xml.writeAttribute(u"id"_s, resource.id);
            xml.writeAttribute(u"class"_s, resource.resourceClass);
            if (!resource.provider.isEmpty())
                xml.writeAttribute(u"provider"_s, resource.provider);
            xml.writeAttribute(u"type"_s, resource.type);
            writeStartOperation(xml, resource, ++call);
            xml.writeEndElement();
        }
        xml.writeEndElement();   // lrm_resources
        xml.writeEndElement();   // lrm
        xml.writeEndElement();   // node_state
    }
    xml.writeEndElement();
}

} // namespace Vigil::Ha

#include "guestactions.h"

#include "core/cluster/clustermanager.h"

#include <QAction>
#include <QMessageBox>
#include <QWidget>

namespace Vigil::Ui {
namespace {

struct ActionSpec {
    DomainAction action;
    const char *text;
    const char *shortcut;
    const char *icon;
};

const ActionSpec kSpecs[] = {
    {DomainAction::Start, QT_TRANSLATE_NOOP("Vigil::Ui::GuestActions", "&Start"), "Ctrl+Shift+S", "media-playback-start"},
    {DomainAction::Shutdown, QT_TRANSLATE_NOOP("Vigil::Ui::GuestActions", "Shut &Down"), "Ctrl+Shift+D", "system-shutdown"},
    {DomainAction::Reboot, QT_TRANSLATE_NOOP("Vigil::Ui::GuestActions", "&Reboot"), "Ctrl+Shift+R", "system-reboot"},
    {DomainAction::ForceOff, QT_TRANSLATE_NOOP("Vigil::Ui::GuestActions", "&Force Off"), "Ctrl+Shift+F", "process-stop"},
    {DomainAction::Suspend, QT_TRANSLATE_NOOP("Vigil::Ui::GuestActions", "S&uspend"), "Ctrl+Shift+P", "media-playback-pause"},
    {DomainAction::Resume, QT_TRANSLATE_NOOP("Vigil::Ui::GuestActions", "Res&ume"), "Ctrl+Shift+U", "media-playback-start"},
};

} // namespace

GuestActions::GuestActions(ClusterManager *cluster, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_cluster(cluster)
    , m_dialogParent(dialogParent)
{
    for (const ActionSpec &spec : kSpecs) {
        auto *action = new QAction(QIcon::fromTheme(QString::fromLatin1(spec.icon)), tr(spec.text), this);
        action->setShortcut(QKeySequence(QString::fromLatin1(spec.shortcut)));
        action->setData(int(spec.action));
        action->setEnabled(false);
        connect(action, &QAction::triggered, this, [this, which = spec.action]() { trigger(which); });
        m_actions.append(action);
    }
    m_confirm = [this](DomainAction which, const QList<GuestRef> &guests, std::function<void()> proceed) {
        confirmWithDialog(which, guests, std::move(proceed));
    };
}

void GuestActions::answered(const ActionResult &result)
{
    const QString host = m_cluster->host(result.hostId).name;
    if (result.ok) {
        Q_EMIT statusMessage(tr("%1: %2 done").arg(result.guestName, domainActionName(result.action)));
        return;
    }
    Q_EMIT actionFailed(tr("Could not %1 %2").arg(domainActionName(result.action), result.guestName),
                        tr("Host %1: %2").arg(host, result.message));
}

QAction *GuestActions::action(DomainAction which) const
{
    for (QAction *a : m_actions)
        if (a->data().toInt() == int(which))
            return a;
    return nullptr;
}

bool GuestActions::enabledFor(DomainAction which, const DomainInfo &info) const
{
    switch (which) {
    case DomainAction::Start: return info.state == DomainState::Shutoff || info.state == DomainState::Crashed;
    case DomainAction::Shutdown:
    case DomainAction::Reboot: return info.state == DomainState::Running || info.state == DomainState::Blocked;
    case DomainAction::ForceOff: return info.isActive();
    case DomainAction::Suspend: return info.state == DomainState::Running || info.state == DomainState::Blocked;
    case DomainAction::Resume: return info.state == DomainState::Paused;
    }
    return false;
}

void GuestActions::setSelection(const QList<GuestRef> &guests)
{
    m_selection = guests;
    for (QAction *a : m_actions) {
        const auto which = static_cast<DomainAction>(a->data().toInt());
        const bool any = std::any_of(guests.cbegin(), guests.cend(), [&](const GuestRef &g) {
            return m_cluster->status(g.host).state == HostState::Up && enabledFor(which, g.info);
        });
        a->setEnabled(any);
    }
}

void GuestActions::confirmWithDialog(DomainAction which, const QList<GuestRef> &guests,
                                     std::function<void()> proceed)
{
    QStringList names;
    for (const GuestRef &g : guests)
        names.append(g.info.name);
    QString text;
    switch (which) {
    case DomainAction::ForceOff:
        text = tr("Force off %1? This is like pulling the power cord: unsaved data in the guest is lost.");
        break;
    case DomainAction::Reboot:
        text = tr("Reboot %1? Its services are interrupted while it restarts.");
        break;
    default:
        text = tr("Shut down %1? Its services stop until it is started again.");
        break;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, domainActionName(which),
                                text.arg(names.join(QStringLiteral(", "))),
                                QMessageBox::Yes | QMessageBox::Cancel, m_dialogParent);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [proceed = std::move(proceed)](int result) {
        if (result == QMessageBox::Yes)
            proceed();
    });
    box->open();
}

void GuestActions::trigger(DomainAction which)
{
    QList<GuestRef> targets;
    for (const GuestRef &g : std::as_const(m_selection))
        if (enabledFor(which, g.info) && m_cluster->status(g.host).state == HostState::Up)
            targets.append(g);
    if (targets.isEmpty())
        return;
    if (!isDestructive(which)) {
        run(which, targets);
        return;
    }
    m_confirm(which, targets, [this, which, targets]() { run(which, targets); });
}

void GuestActions::run(DomainAction which, const QList<GuestRef> &targets)
{
    for (const GuestRef &g : targets)
        m_cluster->performAction(g.host, g.info.uuid, which, this,
                                 [this](const ActionResult &result) { answered(result); });
    Q_EMIT statusMessage(tr("%1: %n guest(s)…", nullptr, int(targets.size())).arg(domainActionName(which)));
}

} // namespace Vigil::Ui

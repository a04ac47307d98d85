using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Trekkingsrechten;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Trekkingsrechten.Commands.ExpireTrekkingsrechten;

/// <summary>
/// Job J5, daily: a trekkingsrecht whose validity has ended expires and what is left returns to its wijkbudget line
/// (R4.5). Idempotent: an expired right does not expire again.
/// </summary>
/// <returns>How many rights expired.</returns>
[Authorize(Roles = Roles.Systeem)]
[NoValidator("No input: it works on the job's gemeente.")]
public sealed record ExpireTrekkingsrechtenCommand : ICommand<int>;

public sealed class ExpireTrekkingsrechtenHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<ExpireTrekkingsrechtenCommand, int>
{
    public async ValueTask<int> Handle(ExpireTrekkingsrechtenCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var vandaag = Kalender.Dag(now);
        var kandidaten = await db.Set<Trekkingsrecht>()
            .Where(t => (t.Status == TrekkingsrechtStatus.Toegekend || t.Status == TrekkingsrechtStatus.DeelsGetrokken) && t.Tot < vandaag)
            .ToListAsync(cancellationToken);
        var verlopen = kandidaten.Count(t => t.Verloop(now));
        await db.SaveChangesAsync(cancellationToken);
        return verlopen;
    }
}

using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidies.Commands.SetVaststellingenAmbtshalve;

/// <summary>
/// Job J5, daily: a subsidy of the lowest tier that was not drawn in the steekproef is set ambtshalve at the granted amount
/// once its period is over (Awb 4:47, the Uniform Subsidiekader), with the paid voorschotten offset; the recipient gets the
/// beschikking tot vaststelling by mail. Idempotent: a set subsidy is not set again.
/// </summary>
/// <returns>How many subsidies were set.</returns>
[Authorize(Roles = Roles.Systeem)]
[NoValidator("No input: it works on the job's gemeente.")]
public sealed record SetVaststellingenAmbtshalveCommand : ICommand<int>;

[Regel(Regelcatalogus.Awb4_47)]
public sealed class SetVaststellingenAmbtshalveHandler(IApplicationDbContext db, AanvraagMails mails, TimeProvider clock)
    : ICommandHandler<SetVaststellingenAmbtshalveCommand, int>
{
    public async ValueTask<int> Handle(SetVaststellingenAmbtshalveCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var kandidaten = await db.Set<Beschikking>()
            .Where(b => b.Niveau == Verantwoordingsniveau.ZonderVerslag && !b.InSteekproef && b.VaststellingId == null)
            .ToListAsync(cancellationToken);
        var vastgesteld = kandidaten.Where(b => b.IsAmbtshalveVaststelbaar(now))
            .Select(b => (Beschikking: b, Vaststelling: b.StelVast(b.Bedrag, null, null, ambtshalve: true, now))).ToList();
        db.Set<Vaststelling>().AddRange(vastgesteld.Select(v => v.Vaststelling));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (beschikking, vaststelling) in vastgesteld)
            await mails.StuurVaststellingAsync(beschikking, vaststelling, cancellationToken);
        return vastgesteld.Count;
    }
}

using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Beleidskaders.Dtos;
using Gemeenschapskracht.Application.Beleidskaders.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.Beleidskaders;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Gebieden;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Beleidskaders.Commands.UpdateBeleidskader;

/// <summary>Replaces the title and every part of a concept version. An adopted version is read-only.</summary>
[Authorize(Roles = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker}")]
public sealed record UpdateBeleidskaderCommand : ICommand<BeleidskaderDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required string Titel { get; init; }

    public required BeleidskaderInhoudDto Inhoud { get; init; }
}

public sealed class UpdateBeleidskaderHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<UpdateBeleidskaderCommand, BeleidskaderDto>
{
    public async ValueTask<BeleidskaderDto> Handle(UpdateBeleidskaderCommand command, CancellationToken cancellationToken)
    {
        var kader = await db.Set<Beleidskader>().VindAsync(command.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var inhoud = InhoudInvoer.NaarDomein(command.Inhoud, kader.Inhoud, now);
        await EnsurePilotwijkenAsync(inhoud, cancellationToken);
        kader.Wijzig(command.Titel, inhoud, await db.PubliekeWaardenInGebruikAsync(cancellationToken), now);
        await db.SaveChangesAsync(cancellationToken);
        return kader.ToDto(await db.WijkindelingAsync(cancellationToken), clock.Vandaag());
    }

    private async Task EnsurePilotwijkenAsync(BeleidskaderInhoud inhoud, CancellationToken cancellationToken)
    {
        var ids = inhoud.Pilots.Select(p => p.GebiedId).Distinct().ToList();
        var wijken = await db.Gebieden.Where(g => ids.Contains(g.Id) && g.Soort == GebiedSoort.Wijk).Select(g => g.Id).ToListAsync(cancellationToken);
        if (wijken.Count != ids.Count)
            throw new DomainException("Een pilot vindt plaats in een wijk van deze gemeente; kies de pilotwijk uit de wijkindeling.");
    }
}

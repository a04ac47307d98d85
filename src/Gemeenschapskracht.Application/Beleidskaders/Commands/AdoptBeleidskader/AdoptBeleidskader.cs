using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Beleidskaders.Dtos;
using Gemeenschapskracht.Application.Beleidskaders.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Raadsbesluiten;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.Beleidskaders;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Beleidskaders.Commands.AdoptBeleidskader;

/// <summary>
/// Records that the raad adopted the proposal, with its raadsbesluit. Only the griffie, or a gemeente-beheerder
/// acting for the raad, records this. The version in force until now is replaced.
/// </summary>
[Authorize(Roles = $"{Roles.Griffie},{Roles.GemeenteBeheerder}")]
public sealed record AdoptBeleidskaderCommand : ICommand<BeleidskaderDto>, IRaadsbesluitInvoer
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required DateOnly Datum { get; init; }

    public required string Kenmerk { get; init; }

    public required string? DocumentUrl { get; init; }
}

public sealed class AdoptBeleidskaderHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<AdoptBeleidskaderCommand, BeleidskaderDto>
{
    public async ValueTask<BeleidskaderDto> Handle(AdoptBeleidskaderCommand command, CancellationToken cancellationToken)
    {
        var kader = await db.Set<Beleidskader>().VindAsync(command.Id, cancellationToken);
        var geldend = await db.Set<Beleidskader>().FirstOrDefaultAsync(b => b.Status == BeleidskaderStatus.Vastgesteld, cancellationToken);
        kader.StelVast(command.NaarRaadsbesluit(), geldend, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return kader.ToDto(await db.WijkindelingAsync(cancellationToken), clock.Vandaag());
    }
}

using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Raadsbesluiten;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbudgetten.Dtos;
using Gemeenschapskracht.Application.Wijkbudgetten.Shared;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using Mediator;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Commands.GrantWijkbudget;

/// <summary>
/// Records that the raad granted the budget for its whole period (G-2), with the raadsbesluit. Tranches of years whose
/// begroting is already adopted are released at once; the others stay under begrotingsvoorbehoud (Awb 4:34).
/// </summary>
[Authorize(Roles = $"{Roles.Griffie},{Roles.GemeenteBeheerder}")]
public sealed record GrantWijkbudgetCommand : ICommand<WijkbudgetDto>, IRaadsbesluitInvoer
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required DateOnly Datum { get; init; }

    public required string Kenmerk { get; init; }

    public required string? DocumentUrl { get; init; }
}

public sealed class GrantWijkbudgetHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<GrantWijkbudgetCommand, WijkbudgetDto>
{
    public async ValueTask<WijkbudgetDto> Handle(GrantWijkbudgetCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var budget = await db.Set<Wijkbudget>().VindAsync(command.Id, cancellationToken);
        var vloer = await db.VloerVanAsync(budget.MethodiekId, cancellationToken);
        budget.KenToe(command.NaarRaadsbesluit(), vloer, now);
        await db.GeefTranchesVrijAsync([budget], now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await db.WeergaveAsync(budget, cancellationToken);
    }
}

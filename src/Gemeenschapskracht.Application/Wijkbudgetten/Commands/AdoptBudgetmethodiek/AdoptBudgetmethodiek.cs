using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Raadsbesluiten;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbudgetten.Dtos;
using Gemeenschapskracht.Application.Wijkbudgetten.Shared;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Commands.AdoptBudgetmethodiek;

/// <summary>
/// Records that the raad adopted the methodiek (R4.1), with its raadsbesluit; the version in force until now is
/// replaced. Only the griffie, or a gemeente-beheerder acting for the raad, records this.
/// </summary>
[Authorize(Roles = $"{Roles.Griffie},{Roles.GemeenteBeheerder}")]
public sealed record AdoptBudgetmethodiekCommand : ICommand<BudgetmethodiekDto>, IRaadsbesluitInvoer
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required DateOnly Datum { get; init; }

    public required string Kenmerk { get; init; }

    public required string? DocumentUrl { get; init; }
}

public sealed class AdoptBudgetmethodiekHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<AdoptBudgetmethodiekCommand, BudgetmethodiekDto>
{
    public async ValueTask<BudgetmethodiekDto> Handle(AdoptBudgetmethodiekCommand command, CancellationToken cancellationToken)
    {
        var methodiek = await db.Set<Budgetmethodiek>().VindAsync(command.Id, cancellationToken);
        var geldend = await db.Set<Budgetmethodiek>().FirstOrDefaultAsync(m => m.Status == MethodiekStatus.Vastgesteld, cancellationToken);
        methodiek.StelVast(command.NaarRaadsbesluit(), geldend, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return methodiek.ToDto();
    }
}

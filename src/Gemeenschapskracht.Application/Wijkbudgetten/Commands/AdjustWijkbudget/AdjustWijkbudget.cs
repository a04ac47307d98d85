using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Raadsbesluiten;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbudgetten.Dtos;
using Gemeenschapskracht.Application.Wijkbudgetten.Shared;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using Mediator;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Commands.AdjustWijkbudget;

/// <summary>
/// Changes a granted budget during its period, with an explanation for the public budget page. G-9: a year that gets
/// less needs its own raadsbesluit and respects the methodiek's notice period; only the griffie or a gemeente-beheerder
/// records a raadsbesluit, a beleidsmedewerker may only raise or shift amounts.
/// </summary>
[Authorize(Roles = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker},{Roles.Griffie}")]
public sealed record AdjustWijkbudgetCommand : ICommand<WijkbudgetDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required IReadOnlyList<BudgetregelInvoer> Regels { get; init; }

    public required IReadOnlyList<BronaandeelInvoer> Bronnen { get; init; }

    /// <summary>Why the budget changes; shown on the public budget page.</summary>
    public required string Toelichting { get; init; }

    /// <summary>The raad's decision to reduce (required when a year gets less), or null.</summary>
    public required RaadsbesluitInvoer? Raadsbesluit { get; init; }
}

[Regel(Regelcatalogus.G9)]
public sealed class AdjustWijkbudgetHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<AdjustWijkbudgetCommand, WijkbudgetDto>
{
    public async ValueTask<WijkbudgetDto> Handle(AdjustWijkbudgetCommand command, CancellationToken cancellationToken)
    {
        if (command.Raadsbesluit is not null && !user.IsInRole(Roles.Griffie) && !user.IsInRole(Roles.GemeenteBeheerder))
            throw new ForbiddenAccessException("Een raadsbesluit wordt vastgelegd door de griffie of een gemeentebeheerder.");
        var now = clock.GetUtcNow();
        var budget = await db.Set<Wijkbudget>().VindAsync(command.Id, cancellationToken);
        var (methodiek, verwijzingen) = await db.BudgetkaderAsync(budget.WijkId, cancellationToken);
        budget.PasAan(methodiek, WijkbudgetInvoer.NaarRegels(command.Regels, now), WijkbudgetInvoer.NaarBronnen(command.Bronnen, methodiek), verwijzingen,
            command.Toelichting, command.Raadsbesluit?.NaarRaadsbesluit(), methodiek.Inhoud.OpzegtermijnMaanden, now);
        await db.SaveChangesAsync(cancellationToken);
        return await db.WeergaveAsync(budget, cancellationToken);
    }
}

using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbudgetten.Dtos;
using Gemeenschapskracht.Application.Wijkbudgetten.Shared;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Commands.CreateWijkbudget;

/// <summary>
/// Proposes a multi-year wijkbudget for a wijk under the methodiek in force (R4.2): the period, the lines by purpose
/// (each referencing an ambitie or a publieke waarde, R3.9) and the mix of funding sources. One budget per wijk per year.
/// </summary>
[Authorize(Roles = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker}")]
public sealed record CreateWijkbudgetCommand : ICommand<WijkbudgetDto>
{
    public required Guid WijkId { get; init; }

    public required int StartJaar { get; init; }

    /// <summary>The length of the period in years, 2 to 10 (G-2: multi-year, no yearly re-application).</summary>
    public required int AantalJaren { get; init; }

    public required IReadOnlyList<BudgetregelInvoer> Regels { get; init; }

    public required IReadOnlyList<BronaandeelInvoer> Bronnen { get; init; }
}

public sealed class CreateWijkbudgetHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<CreateWijkbudgetCommand, WijkbudgetDto>
{
    public async ValueTask<WijkbudgetDto> Handle(CreateWijkbudgetCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var wijkNaam = await db.WijkNaamAsync(command.WijkId, cancellationToken);
        var bestaande = await db.Set<Wijkbudget>().Where(w => w.WijkId == command.WijkId).ToListAsync(cancellationToken);
        if (bestaande.FirstOrDefault(w => w.Overlapt(command.StartJaar, command.AantalJaren)) is { } overlap)
            throw new ConflictException($"{wijkNaam} heeft al een wijkbudget voor {overlap.StartJaar}–{overlap.EindJaar}; kies een periode die daarna begint.");
        var (methodiek, verwijzingen) = await db.BudgetkaderAsync(command.WijkId, cancellationToken);
        var budget = new Wijkbudget(command.WijkId, methodiek, command.StartJaar, command.AantalJaren,
            WijkbudgetInvoer.NaarRegels(command.Regels, now), WijkbudgetInvoer.NaarBronnen(command.Bronnen, methodiek), verwijzingen, now);
        db.Set<Wijkbudget>().Add(budget);
        await db.SaveChangesAsync(cancellationToken);
        return budget.ToDto(wijkNaam, methodiek.Inhoud.OndersteuningsVloer, 0);
    }
}

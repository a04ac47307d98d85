using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbudgetten.Dtos;
using Gemeenschapskracht.Application.Wijkbudgetten.Shared;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Commands.CreateBudgetmethodiek;

/// <summary>
/// Starts a new ontwerp of the budgetmethodiek over the funding sources of the beleidskader in force. Refused while
/// another ontwerp is open: one proposal goes to the raad at a time.
/// </summary>
[Authorize(Roles = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker}")]
public sealed record CreateBudgetmethodiekCommand : ICommand<BudgetmethodiekDto>
{
    public required string Titel { get; init; }

    public required MethodiekInhoudInvoer Inhoud { get; init; }
}

public sealed class CreateBudgetmethodiekHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<CreateBudgetmethodiekCommand, BudgetmethodiekDto>
{
    public async ValueTask<BudgetmethodiekDto> Handle(CreateBudgetmethodiekCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var laatste = await db.Set<Budgetmethodiek>().OrderByDescending(m => m.Versie).FirstOrDefaultAsync(cancellationToken);
        if (laatste?.Status == MethodiekStatus.Ontwerp)
            throw new ConflictException($"Versie {laatste.Versie} van de methodiek is nog een ontwerp; werk die bij of laat die eerst vaststellen.");
        var bronnen = (await db.GeldendKaderAsync(cancellationToken)).Inhoud.Financieringsbronnen;
        var methodiek = new Budgetmethodiek((laatste?.Versie ?? 0) + 1, command.Titel, command.Inhoud.NaarDomein(bronnen, now), bronnen, now);
        db.Set<Budgetmethodiek>().Add(methodiek);
        await db.SaveChangesAsync(cancellationToken);
        return methodiek.ToDto();
    }
}

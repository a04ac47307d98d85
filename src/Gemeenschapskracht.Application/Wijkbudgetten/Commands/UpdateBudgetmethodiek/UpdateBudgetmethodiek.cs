using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbudgetten.Dtos;
using Gemeenschapskracht.Application.Wijkbudgetten.Shared;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using Mediator;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Commands.UpdateBudgetmethodiek;

/// <summary>Replaces the title and content of an ontwerp. An adopted version is read-only.</summary>
[Authorize(Roles = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker}")]
public sealed record UpdateBudgetmethodiekCommand : ICommand<BudgetmethodiekDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required string Titel { get; init; }

    public required MethodiekInhoudInvoer Inhoud { get; init; }
}

public sealed class UpdateBudgetmethodiekHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<UpdateBudgetmethodiekCommand, BudgetmethodiekDto>
{
    public async ValueTask<BudgetmethodiekDto> Handle(UpdateBudgetmethodiekCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var methodiek = await db.Set<Budgetmethodiek>().VindAsync(command.Id, cancellationToken);
        var bronnen = (await db.GeldendKaderAsync(cancellationToken)).Inhoud.Financieringsbronnen;
        methodiek.Wijzig(command.Titel, command.Inhoud.NaarDomein(bronnen, now), bronnen, now);
        await db.SaveChangesAsync(cancellationToken);
        return methodiek.ToDto();
    }
}

using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Dtos;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Shared;
using Gemeenschapskracht.Domain.Wijktoekomstagendas;
using Mediator;

namespace Gemeenschapskracht.Application.Wijktoekomstagendas.Commands.AddVerspreiding;

/// <summary>Adds a line to the distribution log of a published agenda: door to door, at places, online (R3.6).</summary>
[Authorize(Roles = WijkbeeldToegang.Teamrollen)]
public sealed record AddVerspreidingCommand : ICommand<VerspreidingDto>
{
    [JsonIgnore]
    public Guid AgendaId { get; init; }

    public required Verspreidingswijze Wijze { get; init; }
    /// <summary>Where or how: "Vogelbuurt, alle brievenbussen", "bibliotheek en buurthuis", "wijkwebsite".</summary>
    public required string Omschrijving { get; init; }
    public required DateOnly Datum { get; init; }
    public int? Aantal { get; init; }
}

public sealed class AddVerspreidingHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<AddVerspreidingCommand, VerspreidingDto>
{
    public async ValueTask<VerspreidingDto> Handle(AddVerspreidingCommand command, CancellationToken cancellationToken)
    {
        var agenda = await db.Set<Wijktoekomstagenda>().VindAsync(command.AgendaId, cancellationToken);
        var now = clock.GetUtcNow();
        WijkbeeldToegang.Schrijver(user, agenda.Team, now);
        var v = agenda.Verspreid(command.Wijze, command.Omschrijving, command.Datum, command.Aantal, now);
        await db.SaveChangesAsync(cancellationToken);
        return new VerspreidingDto(v.Id, v.Wijze, v.Omschrijving, v.Datum, v.Aantal);
    }
}

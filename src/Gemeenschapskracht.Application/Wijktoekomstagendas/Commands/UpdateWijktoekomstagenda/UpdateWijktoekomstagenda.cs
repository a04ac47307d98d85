using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Dtos;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Shared;
using Gemeenschapskracht.Domain.Wijktoekomstagendas;
using Mediator;

namespace Gemeenschapskracht.Application.Wijktoekomstagendas.Commands.UpdateWijktoekomstagenda;

/// <summary>Replaces the title, introduction, horizon and BuurtTop of a concept (all fields given).</summary>
[Authorize(Roles = WijkbeeldToegang.Teamrollen)]
public sealed record UpdateWijktoekomstagendaCommand : ICommand<WijktoekomstagendaDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required string Titel { get; init; }
    public required string? Intro { get; init; }
    public required int HorizonJaren { get; init; }
    public required int StartJaar { get; init; }
    public required Guid? BuurtTopId { get; init; }
}

public sealed class UpdateWijktoekomstagendaHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<UpdateWijktoekomstagendaCommand, WijktoekomstagendaDto>
{
    public async ValueTask<WijktoekomstagendaDto> Handle(UpdateWijktoekomstagendaCommand command, CancellationToken cancellationToken)
    {
        var agenda = await db.Set<Wijktoekomstagenda>().VindAsync(command.Id, cancellationToken);
        var now = clock.GetUtcNow();
        WijkbeeldToegang.Schrijver(user, agenda.Team, now);
        agenda.Wijzig(command.Titel, command.Intro, command.HorizonJaren, command.StartJaar, command.BuurtTopId, now);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(agenda, cancellationToken);
    }
}

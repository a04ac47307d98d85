using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbeelden.Dtos;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijkbeelden.Commands.UpdateWijkbeeldTeam;

/// <summary>
/// Replaces the team of a version that is not yet shared (the trekker, a residents' organisation, first). An
/// organisation that leaves takes nothing with it: what it wrote stays in the wijkbeeld (G-7).
/// </summary>
[Authorize(Roles = WijkbeeldToegang.Teamrollen)]
public sealed record UpdateWijkbeeldTeamCommand : ICommand<WijkbeeldDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required IReadOnlyList<Guid> Team { get; init; }
}

public sealed class UpdateWijkbeeldTeamHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<UpdateWijkbeeldTeamCommand, WijkbeeldDto>
{
    public async ValueTask<WijkbeeldDto> Handle(UpdateWijkbeeldTeamCommand command, CancellationToken cancellationToken)
    {
        var wijkbeeld = await db.Set<Wijkbeeld>().VindAsync(command.Id, cancellationToken);
        var now = clock.GetUtcNow();
        WijkbeeldToegang.Schrijver(user, wijkbeeld, now);
        var organisaties = await db.Set<Organisatie>().Where(o => command.Team.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        if (organisaties.Count != command.Team.Distinct().Count())
            throw new NotFoundException("Een organisatie van het team staat niet in het register van deze gemeente.");
        var trekker = command.Team.Count > 0 ? organisaties[command.Team[0]] : null;
        wijkbeeld.WijzigTeam(command.Team, trekker is not null && WijkbeeldToegang.IsBewonersorganisatie(trekker), now);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(wijkbeeld, cancellationToken);
    }
}

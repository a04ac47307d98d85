using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.BuurtTops.Dtos;
using Gemeenschapskracht.Application.BuurtTops.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Domain.BuurtTops;
using Mediator;

namespace Gemeenschapskracht.Application.BuurtTops.Commands.UpdateOpbrengsten;

/// <summary>Replaces the outputs of a held BuurtTop (all of them): the gemeente cannot change or remove what residents wrote (G-8).</summary>
[Authorize(Roles = WijkbeeldToegang.Teamrollen)]
public sealed record UpdateOpbrengstenCommand : ICommand<BuurtTopDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required IReadOnlyList<OpbrengstDto> Opbrengsten { get; init; }
}

public sealed class UpdateOpbrengstenHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<UpdateOpbrengstenCommand, BuurtTopDto>
{
    public async ValueTask<BuurtTopDto> Handle(UpdateOpbrengstenCommand command, CancellationToken cancellationToken)
    {
        var buurtTop = await db.Set<BuurtTop>().VindAsync(command.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var schrijver = WijkbeeldToegang.Schrijver(user, buurtTop.Team, now);
        buurtTop.WijzigOpbrengsten(command.Opbrengsten.NaarDomein(buurtTop, schrijver), schrijver);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(buurtTop, user, now, cancellationToken);
    }
}

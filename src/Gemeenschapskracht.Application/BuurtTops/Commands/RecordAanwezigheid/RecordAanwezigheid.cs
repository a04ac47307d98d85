using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.BuurtTops.Dtos;
using Gemeenschapskracht.Application.BuurtTops.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Domain.BuurtTops;
using Mediator;

namespace Gemeenschapskracht.Application.BuurtTops.Commands.RecordAanwezigheid;

/// <summary>Records who came, by category, on or after the day (R3.3): the BuurtTop is then held. One that was never prepared is refused.</summary>
[Authorize(Roles = WijkbeeldToegang.Teamrollen)]
public sealed record RecordAanwezigheidCommand : ICommand<BuurtTopDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required AanwezigheidDto Aanwezigheid { get; init; }
}

public sealed class RecordAanwezigheidHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RecordAanwezigheidCommand, BuurtTopDto>
{
    public async ValueTask<BuurtTopDto> Handle(RecordAanwezigheidCommand command, CancellationToken cancellationToken)
    {
        var buurtTop = await db.Set<BuurtTop>().VindAsync(command.Id, cancellationToken);
        var now = clock.GetUtcNow();
        WijkbeeldToegang.Schrijver(user, buurtTop.Team, now);
        buurtTop.Houd(command.Aanwezigheid.NaarDomein(), now);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(buurtTop, user, now, cancellationToken);
    }
}

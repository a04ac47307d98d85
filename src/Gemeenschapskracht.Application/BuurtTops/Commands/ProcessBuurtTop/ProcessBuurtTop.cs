using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.BuurtTops.Dtos;
using Gemeenschapskracht.Application.BuurtTops.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Domain.BuurtTops;
using Mediator;

namespace Gemeenschapskracht.Application.BuurtTops.Commands.ProcessBuurtTop;

/// <summary>Records that the outputs were processed into the wijk's agenda (its id when known).</summary>
[Authorize(Roles = WijkbeeldToegang.Teamrollen)]
[NoValidator("Only an optional id: the agenda is another feature's, so it is recorded as given.")]
public sealed record ProcessBuurtTopCommand : ICommand<BuurtTopDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    /// <summary>The wijktoekomstagenda the outputs went into, when it exists in the product.</summary>
    public required Guid? AgendaId { get; init; }
}

public sealed class ProcessBuurtTopHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ProcessBuurtTopCommand, BuurtTopDto>
{
    public async ValueTask<BuurtTopDto> Handle(ProcessBuurtTopCommand command, CancellationToken cancellationToken)
    {
        var buurtTop = await db.Set<BuurtTop>().VindAsync(command.Id, cancellationToken);
        var now = clock.GetUtcNow();
        WijkbeeldToegang.Schrijver(user, buurtTop.Team, now);
        buurtTop.Verwerk(command.AgendaId, now);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(buurtTop, user, now, cancellationToken);
    }
}

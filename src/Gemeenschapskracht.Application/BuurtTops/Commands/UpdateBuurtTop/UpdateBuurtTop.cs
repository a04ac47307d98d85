using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.BuurtTops.Dtos;
using Gemeenschapskracht.Application.BuurtTops.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Domain.BuurtTops;
using Mediator;

namespace Gemeenschapskracht.Application.BuurtTops.Commands.UpdateBuurtTop;

/// <summary>Replaces title, date, place, cap and organiser (all fields) while the BuurtTop is still to be held.</summary>
[Authorize(Roles = WijkbeeldToegang.Teamrollen)]
public sealed record UpdateBuurtTopCommand : ICommand<BuurtTopDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required string Titel { get; init; }
    public required DateOnly Datum { get; init; }
    public required string? Plek { get; init; }
    public required int? Capaciteit { get; init; }
    public required OrganisatorDto? Organisator { get; init; }
}

public sealed class UpdateBuurtTopHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<UpdateBuurtTopCommand, BuurtTopDto>
{
    public async ValueTask<BuurtTopDto> Handle(UpdateBuurtTopCommand command, CancellationToken cancellationToken)
    {
        var buurtTop = await db.Set<BuurtTop>().VindAsync(command.Id, cancellationToken);
        var now = clock.GetUtcNow();
        WijkbeeldToegang.Schrijver(user, buurtTop.Team, now);
        // A member of the team cannot hand the BuurtTop to a team without their own organisation.
        WijkbeeldToegang.Schrijver(user, command.Organisator?.Team ?? [], now);
        Organisator? organisator = null;
        var leidtBewoners = false;
        if (command.Organisator is { } dto)
            (organisator, leidtBewoners) = await db.OrganisatorAsync(dto, cancellationToken);
        buurtTop.Wijzig(command.Titel, command.Datum, command.Plek, command.Capaciteit, organisator, leidtBewoners, now);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(buurtTop, user, now, cancellationToken);
    }
}

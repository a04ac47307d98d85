using Gemeenschapskracht.Application.BuurtTops.Dtos;
using Gemeenschapskracht.Application.BuurtTops.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Domain.BuurtTops;
using Gemeenschapskracht.Domain.Common;
using Mediator;

namespace Gemeenschapskracht.Application.BuurtTops.Commands.CreateBuurtTop;

/// <summary>
/// Announces a BuurtTop in a wijk, linked to the wijk's shared wijkbeeld (a warning in the answer when there is none,
/// R3.1). A bewonersorganisatie or professional announces one only with their own organisation in the organiser's team.
/// </summary>
[Authorize(Roles = WijkbeeldToegang.Teamrollen)]
public sealed record CreateBuurtTopCommand : ICommand<BuurtTopDto>
{
    public required Guid WijkId { get; init; }
    public required string Titel { get; init; }
    public required DateOnly Datum { get; init; }
    public required string? Plek { get; init; }

    /// <summary>How many can register before the waiting list; null: no cap.</summary>
    public required int? Capaciteit { get; init; }

    /// <summary>Who organises it; null while not known (then only the gemeente works on it).</summary>
    public required OrganisatorDto? Organisator { get; init; }
}

public sealed class CreateBuurtTopHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CreateBuurtTopCommand, BuurtTopDto>
{
    public async ValueTask<BuurtTopDto> Handle(CreateBuurtTopCommand command, CancellationToken cancellationToken)
    {
        await db.VindWijkAsync(command.WijkId, cancellationToken);
        var now = clock.GetUtcNow();
        WijkbeeldToegang.Schrijver(user, command.Organisator?.Team ?? [], now);
        if (command.Datum < Kalender.Dag(now))
            throw new DomainException("Een BuurtTop wordt aangekondigd voor een datum die nog moet komen.");
        var buurtTop = new BuurtTop(command.WijkId, command.Titel, command.Datum, command.Plek, command.Capaciteit, now);
        if (command.Organisator is { } dto)
        {
            var (organisator, leidtBewoners) = await db.OrganisatorAsync(dto, cancellationToken);
            buurtTop.KiesOrganisator(organisator, leidtBewoners, now);
        }
        var wijkbeeld = await db.GedeeldWijkbeeldAsync(command.WijkId, cancellationToken);
        buurtTop.BouwVoortOp(wijkbeeld?.Id, wijkbeeld?.Versie, now);
        db.Set<BuurtTop>().Add(buurtTop);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(buurtTop, user, now, cancellationToken);
    }
}

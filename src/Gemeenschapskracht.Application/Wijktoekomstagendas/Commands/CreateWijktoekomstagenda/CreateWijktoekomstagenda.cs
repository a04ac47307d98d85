using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Dtos;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Shared;
using Gemeenschapskracht.Domain.BuurtTops;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Wijktoekomstagendas;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijktoekomstagendas.Commands.CreateWijktoekomstagenda;

/// <summary>
/// Starts a wijk's agenda with its team (residents' organisation first; empty: the team of the wijk's latest
/// wijkbeeld), or a new version of the latest one: a copy whose ambitions keep their stable ids, same team. A first
/// agenda built on the wijk's held BuurtTop starts with the dreams of its tables, and the BuurtTop becomes verwerkt.
/// </summary>
[Authorize(Roles = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker},{Roles.Bewonersorganisatie}")]
public sealed record CreateWijktoekomstagendaCommand : ICommand<WijktoekomstagendaDto>
{
    public required Guid WijkId { get; init; }
    public required string Titel { get; init; }
    public string? Intro { get; init; }
    /// <summary>5 or 10.</summary>
    public required int HorizonJaren { get; init; }
    public required int StartJaar { get; init; }
    public Guid? BuurtTopId { get; init; }
    /// <summary>Organisation ids, residents' organisation first; empty for the team of the wijk's latest wijkbeeld.</summary>
    public IReadOnlyList<Guid>? Team { get; init; }
}

public sealed class CreateWijktoekomstagendaHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CreateWijktoekomstagendaCommand, WijktoekomstagendaDto>
{
    public async ValueTask<WijktoekomstagendaDto> Handle(CreateWijktoekomstagendaCommand command, CancellationToken cancellationToken)
    {
        await db.VindWijkAsync(command.WijkId, cancellationToken);
        var now = clock.GetUtcNow();
        var laatste = await db.Set<Wijktoekomstagenda>().Include(a => a.Ambities).Where(a => a.GebiedId == command.WijkId)
            .OrderByDescending(a => a.Versie).FirstOrDefaultAsync(cancellationToken);
        Wijktoekomstagenda agenda;
        if (laatste is null)
        {
            var team = command.Team is { Count: > 0 } opgegeven ? opgegeven : await db.WijkbeeldTeamAsync(command.WijkId, cancellationToken);
            WijkbeeldToegang.Schrijver(user, team, now);
            var organisaties = await db.Set<Organisatie>().Where(o => team.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
            if (organisaties.Count != team.Distinct().Count())
                throw new NotFoundException("Een organisatie van het team staat niet in het register van deze gemeente.");
            var trekker = team.Count > 0 ? organisaties[team[0]] : null;
            agenda = Wijktoekomstagenda.Eerste(command.WijkId, command.Titel, command.Intro, command.HorizonJaren, command.StartJaar, command.BuurtTopId,
                team, trekker is not null && WijkbeeldToegang.IsBewonersorganisatie(trekker), now);
        }
        else
        {
            if (laatste.Status == AgendaStatus.Concept)
                throw new ConflictException($"Versie {laatste.Versie} van deze agenda is nog een concept; werk die bij.");
            WijkbeeldToegang.Schrijver(user, laatste.Team, now);
            agenda = Wijktoekomstagenda.NieuweVersieVan(laatste, command.Titel, command.Intro, command.HorizonJaren, command.StartJaar, command.BuurtTopId, now);
        }
        db.Set<Wijktoekomstagenda>().Add(agenda);
        if (laatste is null && command.BuurtTopId is { } buurtTopId)
            await NeemBuurtTopOverAsync(agenda, buurtTopId, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(agenda, cancellationToken);
    }

    /// <summary>A first agenda built on a held BuurtTop starts with its tables' dreams; the BuurtTop is then verwerkt.</summary>
    private async Task NeemBuurtTopOverAsync(Wijktoekomstagenda agenda, Guid buurtTopId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var buurtTop = await db.Set<BuurtTop>().FirstOrDefaultAsync(b => b.Id == buurtTopId, cancellationToken)
            ?? throw new NotFoundException("Deze BuurtTop bestaat niet in deze gemeente.");
        WijkbeeldToegang.Schrijver(user, buurtTop.Team, now);
        db.Set<Ambitie>().AddRange(agenda.NeemOpbrengstenOver(buurtTop));
        buurtTop.Verwerk(agenda.Id, now);
    }
}

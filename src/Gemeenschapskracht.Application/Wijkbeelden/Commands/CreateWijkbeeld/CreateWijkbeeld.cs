using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbeelden.Dtos;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijkbeelden.Commands.CreateWijkbeeld;

/// <summary>
/// Starts a wijk's wijkbeeld with its team (the trekker, a residents' organisation, first), or a new version of it
/// after the last one was shared: a copy with the same team, in which case <see cref="Team"/> is ignored.
/// </summary>
[Authorize(Roles = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker},{Roles.Bewonersorganisatie}")]
public sealed record CreateWijkbeeldCommand : ICommand<WijkbeeldDto>
{
    public required Guid WijkId { get; init; }
    public required string Titel { get; init; }
    public required IReadOnlyList<Guid> Team { get; init; }
}

public sealed class CreateWijkbeeldHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CreateWijkbeeldCommand, WijkbeeldDto>
{
    public async ValueTask<WijkbeeldDto> Handle(CreateWijkbeeldCommand command, CancellationToken cancellationToken)
    {
        await db.VindWijkAsync(command.WijkId, cancellationToken);
        var now = clock.GetUtcNow();
        var laatste = await db.Set<Wijkbeeld>().Where(w => w.GebiedId == command.WijkId).OrderByDescending(w => w.Versie).FirstOrDefaultAsync(cancellationToken);
        Wijkbeeld wijkbeeld;
        if (laatste is null)
        {
            WijkbeeldToegang.Schrijver(user, command.Team, now);
            var organisaties = await db.Set<Organisatie>().Where(o => command.Team.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
            if (organisaties.Count != command.Team.Distinct().Count())
                throw new NotFoundException("Een organisatie van het team staat niet in het register van deze gemeente.");
            var trekker = command.Team.Count > 0 ? organisaties[command.Team[0]] : null;
            wijkbeeld = Wijkbeeld.Eerste(command.WijkId, command.Titel, command.Team, trekker is not null && WijkbeeldToegang.IsBewonersorganisatie(trekker), now);
        }
        else
        {
            if (laatste.IsBewerkbaar)
                throw new ConflictException($"Versie {laatste.Versie} van dit wijkbeeld is nog niet gedeeld; werk die bij.");
            WijkbeeldToegang.Schrijver(user, laatste, now);
            wijkbeeld = Wijkbeeld.NieuweVersieVan(laatste, command.Titel, now);
        }
        wijkbeeld.BaseerOpCijfersVan(await db.CbsJaarAsync(command.WijkId, cancellationToken));
        db.Set<Wijkbeeld>().Add(wijkbeeld);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(wijkbeeld, cancellationToken);
    }
}

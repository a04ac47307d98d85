using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.BuurtTops.Dtos;
using Gemeenschapskracht.Application.BuurtTops.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Domain.BuurtTops;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.BuurtTops.Commands.SendUitnodigingen;

/// <summary>
/// The organiser invites people of one category by e-mail (R3.3). Each invitation is recorded; an address invited
/// before for this BuurtTop is not mailed again.
/// </summary>
[Authorize(Roles = WijkbeeldToegang.Teamrollen)]
public sealed record SendUitnodigingenCommand : ICommand<UitnodigingenResultaatDto>
{
    [JsonIgnore]
    public Guid BuurtTopId { get; init; }

    public required Deelnemerscategorie Categorie { get; init; }
    public required IReadOnlyList<string> Adressen { get; init; }
}

public sealed class SendUitnodigingenHandler(IApplicationDbContext db, ICurrentUser user, BuurtTopMails mails, TimeProvider clock)
    : ICommandHandler<SendUitnodigingenCommand, UitnodigingenResultaatDto>
{
    public async ValueTask<UitnodigingenResultaatDto> Handle(SendUitnodigingenCommand command, CancellationToken cancellationToken)
    {
        var buurtTop = await db.Set<BuurtTop>().AsNoTracking().VindAsync(command.BuurtTopId, cancellationToken);
        var now = clock.GetUtcNow();
        WijkbeeldToegang.Schrijver(user, buurtTop.Team, now);
        buurtTop.EnsureOpenVoorDeelnemers();
        var adressen = command.Adressen.Select(Aanmelding.Normaliseer).Distinct().ToList();
        var bekend = (await db.Set<BuurtTopUitnodiging>().Where(u => u.BuurtTopId == buurtTop.Id && adressen.Contains(u.Email))
            .Select(u => u.Email).ToListAsync(cancellationToken)).ToHashSet();
        var nieuw = adressen.Where(a => !bekend.Contains(a)).Select(a => new BuurtTopUitnodiging(buurtTop, command.Categorie, a, user.Weergavenaam, now)).ToList();
        db.Set<BuurtTopUitnodiging>().AddRange(nieuw);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var uitnodiging in nieuw)
            await mails.UitnodigingAsync(buurtTop, uitnodiging.Email, cancellationToken);
        return new UitnodigingenResultaatDto(nieuw.Count, adressen.Where(bekend.Contains).ToList());
    }
}

using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.BuurtTops.Dtos;
using Gemeenschapskracht.Application.BuurtTops.Shared;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.BuurtTops;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.BuurtTops.Commands.UnsubscribeAanmelding;

/// <summary>
/// Unsubscribes by the secret of the link in the confirmation: the name and address are removed at once, and the first
/// on the waiting list gets the place (and a mail). Using the link twice is fine.
/// </summary>
[Public]
public sealed record UnsubscribeAanmeldingCommand : ICommand<AanmeldingBevestigingDto>
{
    [JsonIgnore]
    public Guid BuurtTopId { get; init; }

    /// <summary>The secret from the unsubscribe link.</summary>
    public required string Sleutel { get; init; }
}

public sealed class UnsubscribeAanmeldingHandler(IApplicationDbContext db, BuurtTopMails mails, TimeProvider clock)
    : ICommandHandler<UnsubscribeAanmeldingCommand, AanmeldingBevestigingDto>
{
    public async ValueTask<AanmeldingBevestigingDto> Handle(UnsubscribeAanmeldingCommand command, CancellationToken cancellationToken)
    {
        var buurtTop = await db.Set<BuurtTop>().AsNoTracking().VindAsync(command.BuurtTopId, cancellationToken);
        var hash = BuurtTopQueries.Hash(command.Sleutel);
        var aanmelding = await db.Set<Aanmelding>().FirstOrDefaultAsync(a => a.BuurtTopId == buurtTop.Id && a.AfmeldSleutelHash == hash, cancellationToken)
            ?? throw new NotFoundException("Deze afmeldlink is niet (meer) geldig voor deze BuurtTop.");
        var now = clock.GetUtcNow();
        var hadPlaats = aanmelding.Status == AanmeldingStatus.Aangemeld;
        if (!aanmelding.MeldAf(now))
            return new AanmeldingBevestigingDto(buurtTop.Id, AanmeldingStatus.Afgemeld, "U was al afgemeld; uw gegevens zijn verwijderd.");
        await db.SaveChangesAsync(cancellationToken);
        Aanmelding? bevorderd = null;
        if (hadPlaats && buurtTop.HeeftPlaats(await db.AangemeldAsync(buurtTop.Id, cancellationToken)))
        {
            bevorderd = await db.Set<Aanmelding>().Where(a => a.BuurtTopId == buurtTop.Id && a.Status == AanmeldingStatus.Wachtlijst)
                .OrderBy(a => a.AangemeldOp).ThenBy(a => a.Id).FirstOrDefaultAsync(cancellationToken);
            bevorderd?.Bevorder(now);
            await db.SaveChangesAsync(cancellationToken);
        }
        if (bevorderd is not null)
            await mails.VanWachtlijstAsync(buurtTop, bevorderd, cancellationToken);
        return new AanmeldingBevestigingDto(buurtTop.Id, AanmeldingStatus.Afgemeld, "U bent afgemeld; uw naam en e-mailadres zijn verwijderd.");
    }
}

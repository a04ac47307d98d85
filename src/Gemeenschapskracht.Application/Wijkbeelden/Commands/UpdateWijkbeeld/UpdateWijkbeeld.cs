using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbeelden.Dtos;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Organisaties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijkbeelden.Commands.UpdateWijkbeeld;

/// <summary>
/// Replaces the title and content of a version that is not yet shared, as its team member (G-8: the gemeente cannot
/// change or remove what residents wrote; it comments instead).
/// </summary>
[Authorize(Roles = WijkbeeldToegang.Teamrollen)]
public sealed record UpdateWijkbeeldCommand : ICommand<WijkbeeldDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required string Titel { get; init; }

    public required WijkbeeldInhoudDto Inhoud { get; init; }
}

public sealed class UpdateWijkbeeldHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<UpdateWijkbeeldCommand, WijkbeeldDto>
{
    public async ValueTask<WijkbeeldDto> Handle(UpdateWijkbeeldCommand command, CancellationToken cancellationToken)
    {
        var wijkbeeld = await db.Set<Domain.Wijkbeelden.Wijkbeeld>().VindAsync(command.Id, cancellationToken);
        var schrijver = WijkbeeldToegang.Schrijver(user, wijkbeeld, clock.GetUtcNow());
        var organisaties = command.Inhoud.Initiatieven.Where(i => i.OrganisatieId is not null).Select(i => i.OrganisatieId!.Value).Distinct().ToList();
        if (await db.Set<Organisatie>().CountAsync(o => organisaties.Contains(o.Id), cancellationToken) != organisaties.Count)
            throw new DomainException("Een initiatief verwijst naar een organisatie die niet in het register van deze gemeente staat.");
        wijkbeeld.Wijzig(command.Titel, WijkbeeldInvoer.NaarDomein(command.Inhoud, wijkbeeld.Inhoud, schrijver), schrijver);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(wijkbeeld, cancellationToken);
    }
}

using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbeelden.Dtos;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Wijkbeelden.Commands.AddOpmerking;

/// <summary>A comment on an item of the wijkbeeld: how the gemeente responds to what residents wrote without changing it (G-8).</summary>
[Authorize(Roles = WijkbeeldToegang.Teamrollen)]
public sealed record AddOpmerkingCommand : ICommand<OpmerkingDto>
{
    [JsonIgnore]
    public Guid WijkbeeldId { get; init; }

    public required Guid ItemId { get; init; }

    public required string Tekst { get; init; }
}

public sealed class AddOpmerkingHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<AddOpmerkingCommand, OpmerkingDto>
{
    public async ValueTask<OpmerkingDto> Handle(AddOpmerkingCommand command, CancellationToken cancellationToken)
    {
        var wijkbeeld = await db.Set<Domain.Wijkbeelden.Wijkbeeld>().VindAsync(command.WijkbeeldId, cancellationToken);
        var opmerking = wijkbeeld.Opmerken(command.ItemId, WijkbeeldToegang.Schrijver(user, wijkbeeld, clock.GetUtcNow()), command.Tekst);
        await db.SaveChangesAsync(cancellationToken);
        return new OpmerkingDto(opmerking.Id, opmerking.Kant, opmerking.Auteur, opmerking.Tekst, opmerking.Op);
    }
}

using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbeelden.Dtos;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Mediator;

namespace Gemeenschapskracht.Application.Wijkbeelden.Commands.AddSterkhouder;

/// <summary>Records a key person of the wijk, with their consent (when and how it was given); without it nothing is stored.</summary>
[Authorize(Roles = WijkbeeldToegang.Teamrollen)]
public sealed record AddSterkhouderCommand : ICommand<SterkhouderDto>
{
    [JsonIgnore]
    public Guid WijkbeeldId { get; init; }

    public required string Naam { get; init; }
    public required SterkhouderRol Rol { get; init; }
    public required string? Domein { get; init; }
    public required string? Contact { get; init; }

    /// <summary>When the person consented to being recorded.</summary>
    public required DateOnly? ToestemmingOp { get; init; }

    /// <summary>How: in person, by e-mail, on a form.</summary>
    public required string? ToestemmingWijze { get; init; }
}

public sealed class AddSterkhouderHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<AddSterkhouderCommand, SterkhouderDto>
{
    public async ValueTask<SterkhouderDto> Handle(AddSterkhouderCommand command, CancellationToken cancellationToken)
    {
        var wijkbeeld = await db.Set<Wijkbeeld>().VindAsync(command.WijkbeeldId, cancellationToken);
        var now = clock.GetUtcNow();
        WijkbeeldToegang.Schrijver(user, wijkbeeld, now);
        var sterkhouder = new Sterkhouder(wijkbeeld.GebiedId, command.Naam, command.Rol, Tekst.OfNull(command.Domein), Tekst.OfNull(command.Contact),
            command.ToestemmingOp, command.ToestemmingWijze, now);
        db.Set<Sterkhouder>().Add(sterkhouder);
        await db.SaveChangesAsync(cancellationToken);
        return sterkhouder.ToDto();
    }
}

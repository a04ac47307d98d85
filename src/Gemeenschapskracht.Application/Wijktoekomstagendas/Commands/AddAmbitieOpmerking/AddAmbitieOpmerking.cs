using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbeelden.Dtos;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Shared;
using Gemeenschapskracht.Domain.Wijktoekomstagendas;
using Mediator;

namespace Gemeenschapskracht.Application.Wijktoekomstagendas.Commands.AddAmbitieOpmerking;

/// <summary>A comment on an ambition: how the gemeente responds to what residents wrote without changing it (G-8).</summary>
[Authorize(Roles = WijkbeeldToegang.Teamrollen)]
public sealed record AddAmbitieOpmerkingCommand : ICommand<OpmerkingDto>
{
    [JsonIgnore]
    public Guid AgendaId { get; init; }

    [JsonIgnore]
    public Guid AmbitieId { get; init; }

    public required string Tekst { get; init; }
}

public sealed class AddAmbitieOpmerkingHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<AddAmbitieOpmerkingCommand, OpmerkingDto>
{
    public async ValueTask<OpmerkingDto> Handle(AddAmbitieOpmerkingCommand command, CancellationToken cancellationToken)
    {
        var agenda = await db.Set<Wijktoekomstagenda>().VindAsync(command.AgendaId, cancellationToken);
        var o = agenda.Opmerken(command.AmbitieId, WijkbeeldToegang.Schrijver(user, agenda.Team, clock.GetUtcNow()), command.Tekst);
        await db.SaveChangesAsync(cancellationToken);
        return new OpmerkingDto(o.Id, o.Kant, o.Auteur, o.Tekst, o.Op);
    }
}

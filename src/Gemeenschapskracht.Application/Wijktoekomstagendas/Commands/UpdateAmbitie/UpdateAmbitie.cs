using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Dtos;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Shared;
using Gemeenschapskracht.Domain.Wijktoekomstagendas;
using Mediator;

namespace Gemeenschapskracht.Application.Wijktoekomstagendas.Commands.UpdateAmbitie;

/// <summary>Rewrites an ambition (all fields given) in a concept or during a herijking; the gemeente cannot change what residents wrote (G-8).</summary>
[Authorize(Roles = WijkbeeldToegang.Teamrollen)]
public sealed record UpdateAmbitieCommand : ICommand<AmbitieDto>
{
    [JsonIgnore]
    public Guid AgendaId { get; init; }

    [JsonIgnore]
    public Guid AmbitieId { get; init; }

    public required string Titel { get; init; }
    public required string Tekst { get; init; }
    public required Guid? PubliekeWaardeId { get; init; }
    public required bool EigenDoel { get; init; }
}

public sealed class UpdateAmbitieHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<UpdateAmbitieCommand, AmbitieDto>
{
    public async ValueTask<AmbitieDto> Handle(UpdateAmbitieCommand command, CancellationToken cancellationToken)
    {
        var agenda = await db.Set<Wijktoekomstagenda>().VindAsync(command.AgendaId, cancellationToken);
        var schrijver = WijkbeeldToegang.Schrijver(user, agenda.Team, clock.GetUtcNow());
        var ambitie = agenda.WijzigAmbitie(command.AmbitieId, command.Titel, command.Tekst, command.PubliekeWaardeId, await db.WaardenInKaderAsync(cancellationToken), schrijver);
        await db.SaveChangesAsync(cancellationToken);
        return ambitie.ToDto(await db.WaardeNamenAsync(cancellationToken), new Dictionary<Guid, string>());
    }
}

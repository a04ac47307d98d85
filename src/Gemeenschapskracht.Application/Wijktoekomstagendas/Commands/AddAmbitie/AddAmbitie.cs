using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Dtos;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Shared;
using Gemeenschapskracht.Domain.Wijktoekomstagendas;
using Mediator;

namespace Gemeenschapskracht.Application.Wijktoekomstagendas.Commands.AddAmbitie;

/// <summary>
/// Captures an ambition as a dream (R3.4): a title and a text, no owner, budget or KPI. Tagged to a public value of
/// the beleidskader in force, or residents' own goal (R3.2).
/// </summary>
[Authorize(Roles = WijkbeeldToegang.Teamrollen)]
public sealed record AddAmbitieCommand : ICommand<AmbitieDto>
{
    [JsonIgnore]
    public Guid AgendaId { get; init; }

    public required string Titel { get; init; }
    public required string Tekst { get; init; }
    /// <summary>The stable id of a public value of the kader in force; null (with <see cref="EigenDoel"/>) for residents' own goal.</summary>
    public Guid? PubliekeWaardeId { get; init; }
    public required bool EigenDoel { get; init; }
}

public sealed class AddAmbitieHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<AddAmbitieCommand, AmbitieDto>
{
    public async ValueTask<AmbitieDto> Handle(AddAmbitieCommand command, CancellationToken cancellationToken)
    {
        var agenda = await db.Set<Wijktoekomstagenda>().VindAsync(command.AgendaId, cancellationToken);
        var schrijver = WijkbeeldToegang.Schrijver(user, agenda.Team, clock.GetUtcNow());
        var ambitie = agenda.VoegAmbitieToe(command.Titel, command.Tekst, command.PubliekeWaardeId, await db.WaardenInKaderAsync(cancellationToken), schrijver);
        db.Set<Ambitie>().Add(ambitie);
        await db.SaveChangesAsync(cancellationToken);
        return ambitie.ToDto(await db.WaardeNamenAsync(cancellationToken), new Dictionary<Guid, string>());
    }
}

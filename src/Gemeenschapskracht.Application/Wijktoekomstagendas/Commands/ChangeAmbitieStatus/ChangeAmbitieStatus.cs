using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Dtos;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Shared;
using Gemeenschapskracht.Domain.Wijktoekomstagendas;
using Mediator;

namespace Gemeenschapskracht.Application.Wijktoekomstagendas.Commands.ChangeAmbitieStatus;

/// <summary>Moves an ambition one step on (gedroomd → geagendeerd → opgepakt → gerealiseerd) or lets it go with a reason.</summary>
[Authorize(Roles = WijkbeeldToegang.Teamrollen)]
public sealed record ChangeAmbitieStatusCommand : ICommand<AmbitieDto>
{
    [JsonIgnore]
    public Guid AgendaId { get; init; }

    [JsonIgnore]
    public Guid AmbitieId { get; init; }

    public required AmbitieStatus Status { get; init; }
    /// <summary>Why it is let go; required for <see cref="AmbitieStatus.Losgelaten"/>.</summary>
    public string? Reden { get; init; }
}

public sealed class ChangeAmbitieStatusHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ChangeAmbitieStatusCommand, AmbitieDto>
{
    public async ValueTask<AmbitieDto> Handle(ChangeAmbitieStatusCommand command, CancellationToken cancellationToken)
    {
        var agenda = await db.Set<Wijktoekomstagenda>().VindAsync(command.AgendaId, cancellationToken);
        var schrijver = WijkbeeldToegang.Schrijver(user, agenda.Team, clock.GetUtcNow());
        var ambitie = agenda.ZetAmbitieStatus(command.AmbitieId, command.Status, command.Reden, schrijver);
        await db.SaveChangesAsync(cancellationToken);
        return ambitie.ToDto(await db.WaardeNamenAsync(cancellationToken), new Dictionary<Guid, string>());
    }
}

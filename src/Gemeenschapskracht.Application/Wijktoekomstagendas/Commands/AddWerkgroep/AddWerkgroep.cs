using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Dtos;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Shared;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Wijktoekomstagendas;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijktoekomstagendas.Commands.AddWerkgroep;

/// <summary>A working group that follows up an ambition (R3.7): its name, its members by name, the organisation to contact.</summary>
[Authorize(Roles = WijkbeeldToegang.Teamrollen)]
public sealed record AddWerkgroepCommand : ICommand<WerkgroepDto>
{
    [JsonIgnore]
    public Guid AgendaId { get; init; }

    [JsonIgnore]
    public Guid AmbitieId { get; init; }

    public required string Naam { get; init; }
    public required IReadOnlyList<string> Leden { get; init; }
    public Guid? ContactOrganisatieId { get; init; }
}

public sealed class AddWerkgroepHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<AddWerkgroepCommand, WerkgroepDto>
{
    public async ValueTask<WerkgroepDto> Handle(AddWerkgroepCommand command, CancellationToken cancellationToken)
    {
        var agenda = await db.Set<Wijktoekomstagenda>().VindAsync(command.AgendaId, cancellationToken);
        var now = clock.GetUtcNow();
        WijkbeeldToegang.Schrijver(user, agenda.Team, now);
        string? contact = null;
        if (command.ContactOrganisatieId is { } organisatieId)
            contact = await db.Set<Organisatie>().Where(o => o.Id == organisatieId).Select(o => o.Naam).FirstOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("De contactorganisatie staat niet in het register van deze gemeente.");
        var werkgroep = agenda.VoegWerkgroepToe(command.AmbitieId, command.Naam, command.Leden, command.ContactOrganisatieId, now);
        await db.SaveChangesAsync(cancellationToken);
        return new WerkgroepDto(werkgroep.Id, werkgroep.Naam, werkgroep.Leden, werkgroep.ContactOrganisatieId, contact);
    }
}

using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Administraties.Dtos;
using Gemeenschapskracht.Application.Administraties.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Mediator;

namespace Gemeenschapskracht.Application.Administraties.Commands.UpdateHostorganisatie;

/// <summary>Replaces what a host offers and its budgeted own costs of every year.</summary>
[Authorize(Roles = AdministratieQueries.Beheerders)]
public sealed record UpdateHostorganisatieCommand : HostorganisatieVelden, ICommand<HostorganisatieDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class UpdateHostorganisatieValidator : HostorganisatieVeldenValidator<UpdateHostorganisatieCommand>;

public sealed class UpdateHostorganisatieHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<UpdateHostorganisatieCommand, HostorganisatieDto>
{
    public async ValueTask<HostorganisatieDto> Handle(UpdateHostorganisatieCommand command, CancellationToken cancellationToken)
    {
        var host = await db.VindHostAsync(command.Id, cancellationToken);
        host.Wijzig(command.Dienstverlening, command.NietCommercieel, command.KostenLijst(), clock.GetUtcNow());
        host.ZetVierOgenDrempel(command.VierOgenDrempel(host.VierOgenDrempel), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return (await db.ToDtosAsync([host], cancellationToken))[0];
    }
}

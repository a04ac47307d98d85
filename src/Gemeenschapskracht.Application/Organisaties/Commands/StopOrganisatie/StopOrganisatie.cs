using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Organisaties.Dtos;
using Gemeenschapskracht.Application.Organisaties.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Organisaties.Commands.StopOrganisatie;

/// <summary>Records that an organisation stopped. It stays in the register with everything it contributed (G-7); there is no delete.</summary>
[Authorize(Roles = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker}")]
[NoValidator("Its only input is the organisation's id from the path; the entity checks the state.")]
public sealed record StopOrganisatieCommand(Guid Id) : ICommand<OrganisatieDto>;

public sealed class StopOrganisatieHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<StopOrganisatieCommand, OrganisatieDto>
{
    public async ValueTask<OrganisatieDto> Handle(StopOrganisatieCommand command, CancellationToken cancellationToken)
    {
        var organisatie = await db.VindOrganisatieAsync(command.Id, cancellationToken);
        organisatie.Stop(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(organisatie, cancellationToken);
    }
}

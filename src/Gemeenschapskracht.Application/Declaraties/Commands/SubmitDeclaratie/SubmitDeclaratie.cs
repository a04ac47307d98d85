using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Notifications;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Declaraties.Dtos;
using Gemeenschapskracht.Application.Declaraties.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Declaraties.Commands.SubmitDeclaratie;

/// <summary>The submitter submits a concept, or resubmits one that came back as onvolledig; the host's back office is told.</summary>
[Authorize(Roles = DeclaratieQueries.Indieners)]
[NoValidator("Only the route id; the entity checks the state and the receipt.")]
public sealed record SubmitDeclaratieCommand(Guid Id) : ICommand<DeclaratieDto>;

public sealed class SubmitDeclaratieHandler(IApplicationDbContext db, ICurrentUser user, Ontvangers ontvangers, IEmailSender mail, IAppLinks links,
    TimeProvider clock) : ICommandHandler<SubmitDeclaratieCommand, DeclaratieDto>
{
    public async ValueTask<DeclaratieDto> Handle(SubmitDeclaratieCommand command, CancellationToken cancellationToken)
    {
        var declaratie = await db.VindEigenAsync(user, command.Id, cancellationToken);
        var host = await db.HostVanAsync(declaratie.HostOrganisatieId, cancellationToken);
        declaratie.DienIn(host.VierOgenDrempel, user.Weergavenaam, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await new DeclaratieMeldingen(ontvangers, mail, links).IngediendAsync(declaratie, cancellationToken);
        return await db.ToDtoAsync(user, declaratie, cancellationToken);
    }
}

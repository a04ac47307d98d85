using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Notifications;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Declaraties.Dtos;
using Gemeenschapskracht.Application.Declaraties.Shared;
using Gemeenschapskracht.Domain.Declaraties;
using Mediator;

namespace Gemeenschapskracht.Application.Declaraties.Commands.AssessDeclaratie;

/// <summary>The host's back office sends a declaratie back as onvolledig, holds it (aangehouden) or rejects it, with the reason the submitter reads.</summary>
[Authorize(Roles = DeclaratieQueries.Beoordelaars)]
public sealed record AssessDeclaratieCommand : ICommand<DeclaratieDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required DeclaratieUitkomst Uitkomst { get; init; }

    public required string Reden { get; init; }
}

public sealed class AssessDeclaratieValidator : AbstractValidator<AssessDeclaratieCommand>
{
    public AssessDeclaratieValidator()
    {
        RuleFor(c => c.Uitkomst).IsInEnum().WithMessage("Kies onvolledig, aangehouden of afgewezen.");
        RuleFor(c => c.Reden).RequiredText("de reden", 1000);
    }
}

public sealed class AssessDeclaratieHandler(IApplicationDbContext db, ICurrentUser user, Ontvangers ontvangers, IEmailSender mail, IAppLinks links,
    TimeProvider clock) : ICommandHandler<AssessDeclaratieCommand, DeclaratieDto>
{
    public async ValueTask<DeclaratieDto> Handle(AssessDeclaratieCommand command, CancellationToken cancellationToken)
    {
        var declaratie = await db.GehosteDeclaraties(user).VindAsync(command.Id, cancellationToken);
        declaratie.Beoordeel(command.Uitkomst, command.Reden, user.Weergavenaam, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await new DeclaratieMeldingen(ontvangers, mail, links).AanIndienerAsync(declaratie, cancellationToken);
        return await db.ToDtoAsync(user, declaratie, cancellationToken);
    }
}

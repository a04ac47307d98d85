using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Ervaringsconferenties.Dtos;
using Gemeenschapskracht.Application.Ervaringsconferenties.Shared;
using Gemeenschapskracht.Domain.Ervaringsconferenties;
using Mediator;

namespace Gemeenschapskracht.Application.Ervaringsconferenties.Commands.PublishConferentieOogst;

/// <summary>The gemeente records the lessons of a held conference and publishes them (the harvest); sending them again replaces them.</summary>
[Authorize(Roles = ConferentieRollen.Organisatoren)]
public sealed record PublishConferentieOogstCommand : ICommand<ErvaringsconferentieDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required IReadOnlyList<string> Lessen { get; init; }
}

public sealed class PublishConferentieOogstValidator : AbstractValidator<PublishConferentieOogstCommand>
{
    public PublishConferentieOogstValidator()
    {
        RuleFor(c => c.Lessen).PresentList(Ervaringsconferentie.MeesteLessen, "lessen");
        RuleForEach(c => c.Lessen).Must(l => !string.IsNullOrWhiteSpace(l) && l.Length <= 1000 && Gemeenschapskracht.Domain.Common.Tekst.IsSafe(l))
            .WithMessage("Elke les is een tekst van hoogstens 1000 tekens, niet leeg.");
    }
}

public sealed class PublishConferentieOogstHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<PublishConferentieOogstCommand, ErvaringsconferentieDto>
{
    public async ValueTask<ErvaringsconferentieDto> Handle(PublishConferentieOogstCommand command, CancellationToken cancellationToken)
    {
        var conferentie = await db.Set<Ervaringsconferentie>().VindAsync(command.Id, cancellationToken);
        conferentie.PubliceerOogst(command.Lessen, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(conferentie, cancellationToken);
    }
}

using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;

namespace Gemeenschapskracht.Application.Subsidies.Commands.PostponeBesluit;

/// <summary>Tells the applicant the decision comes later, why, and by when (Awb 4:14 lid 3); recorded and mailed.</summary>
[Authorize(Roles = SubsidieQueries.Behandelaars)]
public sealed record PostponeBesluitCommand : ICommand<SubsidieaanvraagDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required DateOnly NieuweTermijn { get; init; }

    public required string Reden { get; init; }
}

public sealed class PostponeBesluitValidator : AbstractValidator<PostponeBesluitCommand>
{
    public PostponeBesluitValidator() =>
        RuleFor(c => c.Reden).RequiredText("de reden van de verdaging", 2000);
}

public sealed class PostponeBesluitHandler(IApplicationDbContext db, AanvraagMails mails, TimeProvider clock) : ICommandHandler<PostponeBesluitCommand, SubsidieaanvraagDto>
{
    public async ValueTask<SubsidieaanvraagDto> Handle(PostponeBesluitCommand command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.Set<Subsidieaanvraag>().VindAsync(command.Id, cancellationToken);
        aanvraag.Verdaag(command.NieuweTermijn, command.Reden, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await mails.StuurAsync(aanvraag, "Uw subsidieaanvraag: het besluit komt later",
            $"Wij beslissen later op uw aanvraag dan gepland, uiterlijk op {command.NieuweTermijn:dd-MM-yyyy}.\n\nDe reden: {aanvraag.Verdaging}", cancellationToken);
        return aanvraag.ToDto();
    }
}

using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;

namespace Gemeenschapskracht.Application.Subsidies.Commands.RefuseSubsidieaanvraag;

/// <summary>
/// Refuses the application with its ground (for example the plafond reached, Awb 4:25 lid 2); mailed with the bezwaarclausule.
/// An organisation subsidised three years or more in a row up to the application's period is refused only with a phase-out term (4:51).
/// </summary>
[Authorize(Roles = SubsidieQueries.Behandelaars)]
public sealed record RefuseSubsidieaanvraagCommand : ICommand<SubsidieaanvraagDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required string Grond { get; init; }

    /// <summary>Until when the phase-out runs; required when the organisation was subsidised three years or more in a row (Awb 4:51).</summary>
    public DateOnly? AfbouwTot { get; init; }
}

public sealed class RefuseSubsidieaanvraagValidator : AbstractValidator<RefuseSubsidieaanvraagCommand>
{
    public RefuseSubsidieaanvraagValidator() =>
        RuleFor(c => c.Grond).NotEmpty().WithMessage("Een weigering noemt haar grond.")
            .SafeText("de grond", multiline: true).MaximumLength(5000).WithMessage("De grond mag hoogstens 5000 tekens lang zijn.");
}

public sealed class RefuseSubsidieaanvraagHandler(IApplicationDbContext db, AanvraagMails mails, TimeProvider clock) : ICommandHandler<RefuseSubsidieaanvraagCommand, SubsidieaanvraagDto>
{
    public async ValueTask<SubsidieaanvraagDto> Handle(RefuseSubsidieaanvraagCommand command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.Set<Subsidieaanvraag>().VindAsync(command.Id, cancellationToken);
        var afbouwVereist = await db.AfbouwVereistAsync(aanvraag.OrganisatieId, aanvraag.Van.Year - 1, cancellationToken);
        var beschikking = aanvraag.Weiger(await db.Set<Subsidieregeling>().VindAsync(aanvraag.RegelingId, cancellationToken), command.Grond, clock.GetUtcNow(),
            afbouwVereist, command.AfbouwTot);
        db.Set<Beschikking>().Add(beschikking);
        await db.SaveChangesAsync(cancellationToken);
        await mails.StuurBeschikkingAsync(aanvraag, beschikking, cancellationToken);
        return aanvraag.ToDto();
    }
}

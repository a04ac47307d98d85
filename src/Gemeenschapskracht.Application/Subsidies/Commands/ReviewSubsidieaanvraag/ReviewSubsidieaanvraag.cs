using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidies.Commands.ReviewSubsidieaanvraag;

/// <summary>
/// A reviewer of the gemeente judges an application against the criteria: an advice and a short reasoning, having
/// declared no interest in the applicant (a member of the applying organisation cannot review). Each person reviews once.
/// </summary>
[Authorize(Roles = SubsidieQueries.Behandelaars)]
public sealed record ReviewSubsidieaanvraagCommand : ICommand<SubsidieaanvraagDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required Advies Advies { get; init; }

    /// <summary>A level of the rubric for every criterion of the regeling; never added up (G-1).</summary>
    public required IReadOnlyList<CriteriumoordeelInvoer> Oordelen { get; init; }

    public required string Toelichting { get; init; }

    /// <summary>The reviewer declares to have no personal or business interest in the applicant.</summary>
    public required bool VerklaartGeenBelang { get; init; }
}

public sealed class ReviewSubsidieaanvraagValidator : AbstractValidator<ReviewSubsidieaanvraagCommand>
{
    public ReviewSubsidieaanvraagValidator()
    {
        RuleFor(c => c.Advies).IsInEnum().WithMessage("Kies verlenen of weigeren.");
        RuleFor(c => c.Oordelen).PresentList(20, "oordelen per criterium");
        RuleForEach(c => c.Oordelen).SetValidator(new CriteriumoordeelInvoerValidator());
        RuleFor(c => c.Toelichting).NotEmpty().WithMessage("Licht uw oordeel kort toe aan de hand van de criteria.")
            .SafeText("de toelichting", multiline: true).MaximumLength(5000).WithMessage("De toelichting mag hoogstens 5000 tekens lang zijn.");
    }
}

public sealed class ReviewSubsidieaanvraagHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ReviewSubsidieaanvraagCommand, SubsidieaanvraagDto>
{
    public async ValueTask<SubsidieaanvraagDto> Handle(ReviewSubsidieaanvraagCommand command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.Set<Subsidieaanvraag>().VindAsync(command.Id, cancellationToken);
        var regeling = await db.Set<Subsidieregeling>().AsNoTracking().VindAsync(aanvraag.RegelingId, cancellationToken);
        aanvraag.Beoordeel(regeling, user.Name, user.Weergavenaam, user.OrganisatieId, command.VerklaartGeenBelang, command.Advies,
            command.Oordelen.Select(o => new Criteriumoordeel(o.Criterium, o.Niveau)).ToList(), command.Toelichting, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return aanvraag.ToDto();
    }
}
